// The demo caseload: synthetic journeys written through createCase, varied enough to show
// every shape of the work on screen.

#include "demo/DemoCaseload.h"
#include "model/SacCategories.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseSearch.h"
#include "storage/repositories/CaseloadRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <algorithm>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Demo {
    test::TempStoreFolder folder;
    std::unique_ptr<Store> store = test::createStore(folder.storePath());
    QDate today{2026, 5, 20};
    std::vector<CaseRecord> cases;

    Demo()
    {
        REQUIRE(populateDemoCaseload(store->database(), today));
        const CaseRepository repository(store->database(), u"Reader"_s);
        for (const qint64 id : repository.allCaseIds())
            cases.push_back(*repository.load(id));
    }

    template <typename Predicate>
    bool any(Predicate predicate) const
    {
        return std::any_of(cases.begin(), cases.end(), predicate);
    }
};

bool allAchieved(const CaseRecord& r, Achievement achieved)
{
    return !r.outcomes.empty()
        && std::all_of(r.outcomes.begin(), r.outcomes.end(), [&](const DesiredOutcome& o) {
               return o.achievement && o.achievement->achieved == achieved;
           });
}

} // namespace

TEST_CASE("the demo caseload has about eight people at every stage, each with a history")
{
    Demo demo;
    CHECK(demo.cases.size() >= 8);
    QStringList stages;
    for (const CaseSummary& summary : CaseloadRepository(demo.store->database()).allCases())
        stages << summary.stage;
    for (const QString& stage : {u"Concern"_s, u"Enquiry"_s, u"No enquiry"_s, u"Closed"_s})
        CHECK(stages.contains(stage));
    const CaseRepository repository(demo.store->database(), u"Reader"_s);
    for (const CaseRecord& r : demo.cases)
        CHECK_FALSE(repository.history(r.id).empty());
}

TEST_CASE("the demo shows outcomes revised, people seen alone and not, and a first conversation three days "
          "after the concern")
{
    Demo demo;
    CHECK(demo.any([](const CaseRecord& r) {
        return std::any_of(r.outcomes.begin(), r.outcomes.end(),
                           [](const DesiredOutcome& o) { return o.revisions.size() > 1; });
    }));
    CHECK(demo.any([](const CaseRecord& r) {
        return !r.conversations.empty()
            && std::none_of(r.conversations.begin(), r.conversations.end(),
                            [](const Conversation& c) { return c.seenAlone; });
    }));
    CHECK(demo.any(
        [](const CaseRecord& r) { return !r.conversations.empty() && r.conversations.front().seenAlone; }));
    CHECK(demo.any([](const CaseRecord& r) {
        return !r.conversations.empty()
            && r.concern.receivedOn.daysTo(r.conversations.front().heldAt.date()) == 3;
    }));
    CHECK(demo.any([](const CaseRecord& r) { return r.concern.riskTypes.size() > 1; }));
    CHECK(
        demo.any([](const CaseRecord& r) { return !r.section42 && r.conversations.empty() && !r.closure; }));
}

TEST_CASE(
    "the demo closes cases fully met, partly met, not met with the reason, and one without the person's view")
{
    Demo demo;
    CHECK(demo.any([](const CaseRecord& r) { return r.closure && allAchieved(r, Achievement::Fully); }));
    CHECK(demo.any([](const CaseRecord& r) {
        return r.closure && std::any_of(r.outcomes.begin(), r.outcomes.end(), [](const DesiredOutcome& o) {
                   return o.achievement && o.achievement->achieved == Achievement::Partly;
               });
    }));
    CHECK(demo.any([](const CaseRecord& r) {
        return r.closure && allAchieved(r, Achievement::Not)
            && !r.outcomes.front().achievement->why.isEmpty();
    }));
    CHECK(demo.any([](const CaseRecord& r) {
        return r.closure && r.closure->feelsSafer == FeelsSafer::NotAsked
            && std::none_of(r.outcomes.begin(), r.outcomes.end(),
                            [](const DesiredOutcome& o) { return o.achievement.has_value(); });
    }));
}

TEST_CASE("the demo keeps the person's own words as quotes, and search finds them")
{
    Demo demo;
    int quotes = 0;
    for (const CaseRecord& r : demo.cases) {
        for (const Conversation& c : r.conversations)
            quotes += static_cast<int>(c.personsWords.size());
    }
    CHECK(quotes >= 8);
    const std::vector<SearchHit> hits = CaseSearch(demo.store->database()).search(u"bank card"_s);
    CHECK(std::any_of(hits.begin(), hits.end(), [](const SearchHit& h) { return h.source == u"words"_s; }));
}

TEST_CASE("the demo has someone SG1e counts, in the return's words, and everyone else has neither recorded")
{
    Demo demo;
    CHECK(demo.any(
        [](const CaseRecord& r) { return r.person.autismCondition == sac::autismConditions().at(0); }));
    CHECK(demo.any([](const CaseRecord& r) { return r.person.autismCondition.isEmpty(); }));
}
