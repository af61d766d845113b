// Closing a case with the person's view of each outcome, as one change.

#include "CaseFixtures.h"
#include "TestBackends.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

CaseRecord concernWithOneOutcome()
{
    CaseRecord record = test::concernOnly(u"CLOSE-1"_s, QDate(2026, 3, 1));
    DesiredOutcome outcome;
    outcome.id = 1;
    outcome.revisions.push_back({QDate(2026, 3, 2), u"For the calls to stop"_s, {}});
    record.outcomes.push_back(outcome);
    return record;
}

} // namespace

TEST_CASE("closing records each outcome's achievement and the closure together")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(concernWithOneOutcome()).id;
    const qint64 outcomeId = repository.load(caseId)->outcomes.at(0).id;

    const Closure closure{QDate(2026, 4, 1), FeelsSafer::Partly, {}, {}, u"Review in a month"_s};
    const CaseRepository::AchievementOf achieved{
        outcomeId, {Achievement::Partly, u"The calls are fewer"_s, QDate(2026, 4, 1)}};
    REQUIRE(repository.close(caseId, closure, {achieved}).ok());

    const CaseRecord closed = *repository.load(caseId);
    REQUIRE(closed.closure);
    CHECK(closed.closure->feelsSafer == FeelsSafer::Partly);
    REQUIRE(closed.outcomes.at(0).achievement);
    CHECK(closed.outcomes.at(0).achievement->achieved == Achievement::Partly);
    CHECK(closed.outcomes.at(0).achievement->why == u"The calls are fewer"_s);
}

TEST_CASE("a closure the store refuses leaves the achievements given with it unrecorded")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(concernWithOneOutcome()).id;
    const qint64 outcomeId = repository.load(caseId)->outcomes.at(0).id;

    // Closed before the concern arrived: refused.
    const Closure impossible{QDate(2026, 2, 1), FeelsSafer::Yes, {}, {}, {}};
    const CaseRepository::AchievementOf achieved{outcomeId,
                                                 {Achievement::Fully, u"Stopped"_s, QDate(2026, 4, 1)}};
    const CaseWriteResult result = repository.close(caseId, impossible, {achieved});
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.error.isEmpty());

    const CaseRecord stillOpen = *repository.load(caseId);
    CHECK_FALSE(stillOpen.closure);
    CHECK_FALSE(stillOpen.outcomes.at(0).achievement);
}
