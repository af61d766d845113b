// Capacity doubts, assessments and best-interests decisions in a real store.

#include "LegalFixtures.h"
#include "storage/CaseFixtures.h"

#include "storage/repositories/CapacityRepository.h"
#include "storage/repositories/CaseRepository.h"
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
    CapacityRepository capacity{store->database(), test::kPractitioner, clock.function()};
    qint64 caseId = cases.createCase(test::concernOnly(u"CAP-1"_s, QDate(2026, 2, 20))).id;

    std::size_t historyOf(const QString& record) const
    {
        std::size_t count = 0;
        for (const HistoryEntry& entry : cases.history(caseId))
            count += entry.record == record ? 1U : 0U;
        return count;
    }
};

} // namespace

TEST_CASE("several capacity assessments in one case each keep their own decision and evidence")
{
    Fixture f;
    const CaseWriteResult doubt = f.capacity.noteDoubt(
        f.caseId, u"Whether to move to Elm House"_s, QDate(2026, 2, 25), u"Forgot the visit the next day"_s);
    REQUIRE(doubt.ok());
    const CaseWriteResult move = f.capacity.addAssessment(f.caseId, test::moveAssessment(), doubt.id);
    REQUIRE(move.ok());
    CapacityAssessment money = test::moveAssessment();
    money.decision = u"Whether to let her son manage her bank account"_s;
    money.conclusion = CapacityConclusion::HasCapacity;
    REQUIRE(f.capacity.addAssessment(f.caseId, money).ok());

    const std::vector<StoredCapacityAssessment> stored = f.capacity.assessments(f.caseId);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].doubtId == doubt.id);
    CHECK_FALSE(stored[1].doubtId.has_value());
    CHECK(stored[0].assessment.decision == u"Whether to move to Elm House care home"_s);
    CHECK(stored[1].assessment.decision == money.decision);
    CHECK(stored[1].assessment.conclusion == CapacityConclusion::HasCapacity);
    CHECK(stored[0].assessment.functionalTest.useOrWeigh.evidence
          == u"“I'll be at home with Mum,” who died in 1990"_s);
    CHECK(stored[0].assessment.practicableSteps == test::moveAssessment().practicableSteps);
    CHECK(stored[0].createdAt == f.clock.now);
    REQUIRE(f.capacity.doubts(f.caseId).size() == 1);
    CHECK(f.capacity.doubts(f.caseId)[0].doubt.why == u"Forgot the visit the next day"_s);
}

TEST_CASE(
    "the functional test is still recorded before the causal link when the assessment is read back (JB)")
{
    Fixture f;
    const CapacityAssessment written = test::moveAssessment();
    const CaseWriteResult added = f.capacity.addAssessment(f.caseId, written);
    REQUIRE(added.ok());
    const std::optional<StoredCapacityAssessment> read = f.capacity.assessment(added.id);
    REQUIRE(read);
    CHECK(read->assessment.functionalTest.recordedAt == written.functionalTest.recordedAt);
    CHECK(read->assessment.causativeNexus.recordedAt == written.causativeNexus.recordedAt);
    CHECK(read->assessment.functionalTest.recordedAt < read->assessment.causativeNexus.recordedAt);
    CHECK(read->assessment.functionalTest.recordedAt.toString(Qt::ISODate) == u"2026-02-27T10:40:00Z"_s);
}

TEST_CASE("an assessment dated after today is refused, says why, and writes nothing")
{
    Fixture f;
    CapacityAssessment tomorrow = test::moveAssessment();
    tomorrow.assessedOn = QDate(2026, 3, 3);
    const std::size_t historyBefore = f.cases.history(f.caseId).size();
    const CaseWriteResult refused = f.capacity.addAssessment(f.caseId, tomorrow);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(u"after today"_s));
    CHECK(refused.error.contains(u"Capacity assessment"_s));
    CHECK(test::rowsIn(f.store->database(), u"capacity_assessment"_s) == 0);
    CHECK(f.cases.history(f.caseId).size() == historyBefore);

    CapacityAssessment noDecision = test::moveAssessment();
    noDecision.decision = u"  "_s;
    CHECK(f.capacity.addAssessment(f.caseId, noDecision).error.contains(u"the decision"_s));
    CHECK_FALSE(f.capacity.addAssessment(9999, test::moveAssessment()).ok());
}

TEST_CASE("an assessment cannot answer a doubt recorded in another case")
{
    Fixture f;
    const qint64 other = f.cases.createCase(test::concernOnly(u"CAP-2"_s, QDate(2026, 2, 21))).id;
    const qint64 doubt = f.capacity.noteDoubt(other, u"Where to live"_s, QDate(2026, 2, 25), {}).id;
    const CaseWriteResult refused = f.capacity.addAssessment(f.caseId, test::moveAssessment(), doubt);
    CHECK(refused.error == u"There is no doubt about capacity %1 in this case."_s.arg(doubt));
    CHECK(test::rowsIn(f.store->database(), u"capacity_assessment"_s) == 0);
}

TEST_CASE("correcting an assessment keeps who changed which part, from what to what, in the history")
{
    Fixture f;
    const qint64 id = f.capacity.addAssessment(f.caseId, test::moveAssessment()).id;
    CHECK(f.historyOf(u"capacity assessment"_s) > 10);
    CapacityAssessment corrected = test::moveAssessment();
    corrected.functionalTest.communicate.evidence = u"Speaks clearly; uses her hands to show the garden"_s;
    f.clock.now = f.clock.now.addSecs(3600);
    REQUIRE(f.capacity.updateAssessment(id, corrected).ok());

    const std::vector<HistoryEntry> history = f.cases.history(f.caseId);
    const HistoryEntry& last = history.back();
    CHECK(last.record == u"capacity assessment"_s);
    CHECK(last.recordId == id);
    CHECK(last.field == u"functionalTest.communicate.evidence"_s);
    CHECK(last.oldValue == u"Speaks clearly"_s);
    CHECK(last.newValue == corrected.functionalTest.communicate.evidence);
    CHECK(last.changedBy == test::kPractitioner);
    CHECK(f.capacity.assessment(id)->updatedAt == f.clock.now);
    CHECK_FALSE(f.capacity.updateAssessment(9999, corrected).ok());
}

TEST_CASE("a best-interests decision is kept with the assessment it follows and can be corrected")
{
    Fixture f;
    const qint64 assessment = f.capacity.addAssessment(f.caseId, test::moveAssessment()).id;
    const CaseWriteResult added = f.capacity.addBestInterests(f.caseId, test::moveBestInterests(),
                                                              assessment);
    REQUIRE(added.ok());
    std::optional<StoredBestInterestsDecision> read = f.capacity.bestInterests(added.id);
    REQUIRE(read);
    CHECK(read->assessmentId == assessment);
    CHECK(read->decision.inTheirOwnWords == u"“I want to be near the church.”"_s);
    REQUIRE(read->decision.options.size() == 2);
    CHECK(read->decision.options[0].leastRestrictive);
    CHECK(read->decision.lifeSustainingTreatment.status == ChecklistStatus::NotApplicable);

    BestInterestsDecision corrected = test::moveBestInterests();
    corrected.decisionMaker = u"Chris Okafor"_s;
    REQUIRE(f.capacity.updateBestInterests(added.id, corrected).ok());
    CHECK(f.capacity.bestInterestsDecisions(f.caseId).at(0).decision.decisionMaker == u"Chris Okafor"_s);

    BestInterestsDecision future = test::moveBestInterests();
    future.decidedOn = QDate(2026, 4, 1);
    CHECK(f.capacity.addBestInterests(f.caseId, future).error.contains(u"after today"_s));
    CHECK(f.capacity.addBestInterests(f.caseId, corrected, 9999).error.contains(u"no capacity assessment"_s));
    CHECK(test::rowsIn(f.store->database(), u"best_interests_decision"_s) == 1);
}

TEST_CASE("the SAC capacity answers for the enquiry are stored as codes and wrong ones are refused")
{
    Fixture f;
    CHECK(f.capacity.enquiryCapacity(f.caseId)->lackedCapacity.isEmpty());
    REQUIRE(f.capacity.setEnquiryCapacity(f.caseId, u"yes"_s, u"yes"_s).ok());
    CHECK(f.capacity.enquiryCapacity(f.caseId)->lackedCapacity == u"yes"_s);
    CHECK(f.capacity.enquiryCapacity(f.caseId)->supportedBy == u"yes"_s);
    CHECK(f.cases.history(f.caseId).back().field == u"capacity support (SAC)"_s);

    CHECK(f.capacity.setEnquiryCapacity(f.caseId, u"maybe"_s, {}).error.contains(u"“maybe”"_s));
    CHECK_FALSE(f.capacity.setEnquiryCapacity(f.caseId, u"no"_s, u"yes"_s).ok());
    CHECK(f.capacity.enquiryCapacity(f.caseId)->lackedCapacity == u"yes"_s);
    REQUIRE(f.capacity.setEnquiryCapacity(f.caseId, u"dont-know"_s, {}).ok());
    CHECK(f.capacity.enquiryCapacity(f.caseId)->supportedBy.isEmpty());
}
