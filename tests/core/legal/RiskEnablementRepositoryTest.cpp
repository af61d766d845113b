// Risk enablement notes in a real store, linked to the person's outcomes and a capacity record.

#include "LegalFixtures.h"
#include "storage/CaseFixtures.h"

#include "storage/repositories/CapacityRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/RiskEnablementRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture {
    test::TempStoreFolder folder;
    std::unique_ptr<Store> store = test::createStore(folder.storePath());
    test::TestClock clock; // 2026-03-02 10:00
    CaseRepository cases{store->database(), test::kPractitioner, clock.function()};
    RiskEnablementRepository risks{store->database(), test::kPractitioner, clock.function()};
    qint64 caseId = cases.createCase(test::fullCase(u"RISK-1"_s)).id;

    std::vector<qint64> outcomeIds() const
    {
        std::vector<qint64> ids;
        const std::optional<CaseRecord> record = cases.load(caseId);
        for (const DesiredOutcome& outcome : record->outcomes)
            ids.push_back(outcome.id);
        return ids;
    }
};

} // namespace

TEST_CASE("a risk enablement note is kept whole with the outcomes it serves and the capacity record for it")
{
    Fixture f;
    CapacityRepository capacity(f.store->database(), test::kPractitioner, f.clock.function());
    CapacityAssessment bus = test::moveAssessment();
    bus.decision = u"Whether to take the bus into town alone"_s;
    bus.conclusion = CapacityConclusion::HasCapacity;
    const qint64 assessment = capacity.addAssessment(f.caseId, bus).id;
    const std::vector<qint64> outcomes = f.outcomeIds();
    REQUIRE(outcomes.size() == 2);

    const CaseWriteResult added = f.risks.addNote(f.caseId, test::busToTown(), {outcomes[0]}, assessment);
    REQUIRE(added.ok());
    const std::vector<StoredRiskEnablementNote> notes = f.risks.notes(f.caseId);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].id == added.id);
    CHECK(notes[0].capacityAssessmentId == assessment);
    CHECK(notes[0].outcomeIds == std::vector<qint64>{outcomes[0]});
    CHECK(notes[0].note.whatItMeans == u"“It's the only time I feel like me.”"_s);
    CHECK(notes[0].note.risk.likelihood == RiskLevel::Medium);
    CHECK(notes[0].note.reviewOn == QDate(2026, 5, 20));
    CHECK(notes[0].note.managerSignOff == u"Chris Okafor, team manager"_s);
    CHECK(notes[0].note.actions.size() == 2);
    CHECK(test::rowsIn(f.store->database(), u"risk_enablement_outcome"_s) == 1);
}

TEST_CASE("a review date before the decision is refused with both dates named, and nothing is written")
{
    Fixture f;
    RiskEnablementNote early = test::busToTown();
    early.reviewOn = QDate(2026, 2, 10);
    const std::size_t historyBefore = f.cases.history(f.caseId).size();
    const CaseWriteResult refused = f.risks.addNote(f.caseId, early);
    CHECK(refused.error.contains(u"review date"_s));
    CHECK(refused.error.contains(u"decided"_s));
    CHECK(test::rowsIn(f.store->database(), u"risk_enablement"_s) == 0);
    CHECK(f.cases.history(f.caseId).size() == historyBefore);

    // With no decision date, the review may not come before the day the note is written.
    RiskEnablementNote undated = test::busToTown();
    undated.decidedOn = {};
    undated.reviewOn = QDate(2026, 3, 1);
    CHECK(f.risks.addNote(f.caseId, undated).error.contains(u"written"_s));
    RiskEnablementNote noActivity = test::busToTown();
    noActivity.activity.clear();
    CHECK(f.risks.addNote(f.caseId, noActivity).error.contains(u"activity"_s));
}

TEST_CASE("a note cannot be linked to an outcome or capacity record that is not in its case")
{
    Fixture f;
    const qint64 other = f.cases.createCase(test::fullCase(u"RISK-2"_s)).id;
    const qint64 othersOutcome = f.cases.load(other)->outcomes.at(0).id;
    const CaseWriteResult refused = f.risks.addNote(f.caseId, test::busToTown(), {othersOutcome});
    CHECK(refused.error == u"There is no outcome %1 in this case."_s.arg(othersOutcome));
    CHECK(f.risks.addNote(f.caseId, test::busToTown(), {99999}).error.contains(u"no outcome 99999"_s));
    CHECK(f.risks.addNote(f.caseId, test::busToTown(), {}, 4242).error.contains(u"no capacity assessment"_s));
    CHECK(test::rowsIn(f.store->database(), u"risk_enablement"_s) == 0);
    CHECK(test::rowsIn(f.store->database(), u"risk_enablement_outcome"_s) == 0);
}

TEST_CASE("updating a note replaces its outcome links and the history says what changed")
{
    Fixture f;
    const std::vector<qint64> outcomes = f.outcomeIds();
    const qint64 id = f.risks.addNote(f.caseId, test::busToTown(), {outcomes[0]}).id;
    RiskEnablementNote revised = test::busToTown();
    revised.reviewOn = QDate(2026, 4, 20);
    f.clock.now = QDateTime(QDate(2026, 3, 9), QTime(9, 0));
    REQUIRE(f.risks.updateNote(id, revised, {outcomes[1]}).ok());

    const std::optional<StoredRiskEnablementNote> read = f.risks.note(id);
    REQUIRE(read);
    CHECK(read->outcomeIds == std::vector<qint64>{outcomes[1]});
    CHECK(read->note.reviewOn == QDate(2026, 4, 20));
    CHECK(read->updatedAt == f.clock.now);
    bool reviewChange = false;
    bool outcomesChange = false;
    for (const HistoryEntry& entry : f.cases.history(f.caseId)) {
        if (entry.record != u"risk enablement"_s || entry.changedAt != f.clock.now)
            continue;
        reviewChange = reviewChange || (entry.field == u"reviewOn"_s && entry.oldValue == u"2026-05-20"_s);
        outcomesChange = outcomesChange || entry.field == u"outcomes"_s;
    }
    CHECK(reviewChange);
    CHECK(outcomesChange);
    CHECK_FALSE(f.risks.updateNote(777, revised).ok());
}
