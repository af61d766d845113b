// MCA 2005 ss.1-3 and A Local Authority v JB [2021] UKSC 52: what a capacity record must show.

#include "rules/CapacityRecordCheck.h"

#include "RuleAssertions.h"
#include "support/Catch.h"

using namespace alongside::core;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

namespace {

constexpr auto Yes = YesNoUnknown::Yes;
constexpr auto No = YesNoUnknown::No;

const QDateTime kFunctionalAt(QDate(2025, 3, 10), QTime(10, 30), Qt::UTC);
const QDateTime kNexusAt(QDate(2025, 3, 10), QTime(10, 50), Qt::UTC);

// Everything a "lacks capacity" record needs, in the JB order.
CapacityAssessment completeLacking()
{
    CapacityAssessment record;
    record.decision = q("Whether to move to Elm House care home");
    record.assessedOn = QDate(2025, 3, 10);
    record.assessor = q("Sam Patel, social worker");
    record.practicableSteps = {q("Met at 10am, when she is most alert"),
                               q("Photographs of Elm House and her flat")};
    record.relevantInformation = q("What Elm House offers; care at home instead; the risks of falls at home");
    record.functionalTest.understand = {No, q("Described Elm House in her own words")};
    record.functionalTest.retain = {
        Yes, q("Asked three times in ten minutes where she was going; the photographs did not help")};
    record.functionalTest.useOrWeigh = {Yes,
                                        q("Said she would be at home with her mother, who died in 1990")};
    record.functionalTest.communicate = {No, q("Speaks clearly")};
    record.functionalTest.recordedAt = kFunctionalAt;
    record.causativeNexus = {q("Alzheimer's disease, diagnosed 2023"),
                             q("Her memory loss from Alzheimer's is why she cannot hold the information"),
                             kNexusAt};
    record.conclusion = CapacityConclusion::LacksCapacity;
    return record;
}

} // namespace

TEST_CASE("a lacks-capacity record with every part evidenced, in the JB order, is complete")
{
    const CapacityRecordResult result = checkCapacityRecord(completeLacking());
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Complete);
    CHECK(result.missing.empty());
    CHECK(result.flags.empty());
    CHECK(cites(result.reasons, q("MCA 2005 s.3(1)(b)")));
    CHECK(cites(result.reasons, q("MCA 2005 s.3(1)(c)")));
}

TEST_CASE("lacks capacity without evidence of the functional inability is incomplete")
{
    CapacityAssessment record = completeLacking();
    record.functionalTest.retain.evidence.clear();
    record.functionalTest.useOrWeigh = {};
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Incomplete);
    CHECK(mentions(result.missing, q("evidence that they are unable to retain")));
    CHECK(mentions(result.missing, q("at least one thing they are unable to do")));
}

TEST_CASE("lacks capacity with no impairment or causal link recorded is incomplete")
{
    CapacityAssessment record = completeLacking();
    record.causativeNexus = {};
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Incomplete);
    CHECK(mentions(result.missing, q("impairment of, or disturbance")));
    CHECK(mentions(result.missing, q("causative link")));
}

TEST_CASE("lacks capacity without the practicable steps or the relevant information is incomplete")
{
    CapacityAssessment record = completeLacking();
    record.practicableSteps = {q("  ")};
    record.relevantInformation.clear();
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Incomplete);
    CHECK(cites(result.missing, q("MCA 2005 s.1(3)")));
    CHECK(cites(result.missing, q("MCA 2005 s.3(4)")));
}

TEST_CASE("a causal link recorded before the functional test is flagged")
{
    CapacityAssessment record = completeLacking();
    record.causativeNexus.recordedAt = kFunctionalAt.addSecs(-600);
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Flagged);
    CHECK(cites(result.flags, q("A Local Authority v JB [2021] UKSC 52")));
    CHECK(mentions(result.flags, q("before the functional test")));
}

TEST_CASE("a causal link with no evidenced inability to explain is flagged as diagnosis first")
{
    CapacityAssessment record = completeLacking();
    record.functionalTest = {};
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Flagged);
    CHECK(mentions(result.flags, q("no inability for it to explain")));
}

TEST_CASE("a conclusion resting on age, appearance, a condition, behaviour or an unwise decision is flagged")
{
    const std::pair<UnjustifiedBasis, const char*> grounds[] = {
        {UnjustifiedBasis::Age, "MCA 2005 s.2(3)(a)"},
        {UnjustifiedBasis::Appearance, "MCA 2005 s.2(3)(a)"},
        {UnjustifiedBasis::Condition, "MCA 2005 s.2(3)(b)"},
        {UnjustifiedBasis::Behaviour, "MCA 2005 s.2(3)(b)"},
        {UnjustifiedBasis::UnwiseDecision, "MCA 2005 s.1(4)"},
    };
    for (const auto& [basis, citation] : grounds) {
        CapacityAssessment record = completeLacking();
        record.reliesOn = {basis};
        const CapacityRecordResult result = checkCapacityRecord(record);
        INFO(describe(result));
        CHECK(result.status == RecordStatus::Flagged);
        CHECK(cites(result.flags, q(citation)));
    }
}

TEST_CASE("every capacity record names one decision and when it was assessed")
{
    CapacityAssessment record = completeLacking();
    record.decision = q(" ");
    record.assessedOn = QDate();
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Incomplete);
    CHECK(mentions(result.missing, q("Name the one decision")));
    CHECK(mentions(result.missing, q("when it was assessed")));
}

TEST_CASE("a has-capacity record needs the decision and the date, nothing more")
{
    CapacityAssessment record;
    record.decision = q("Whether to lend her grandson £5,000");
    record.assessedOn = QDate(2025, 3, 12);
    record.conclusion = CapacityConclusion::HasCapacity;
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Complete);
    CHECK(result.citation == q("MCA 2005 s.1(2)"));
}

TEST_CASE("a has-capacity conclusion beside an inability caused by an impairment is flagged for reconciling")
{
    CapacityAssessment record = completeLacking();
    record.conclusion = CapacityConclusion::HasCapacity;
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Flagged);
    CHECK(mentions(result.flags, q("reconcile")));
}

TEST_CASE("a record without a conclusion is incomplete")
{
    CapacityAssessment record = completeLacking();
    record.conclusion = CapacityConclusion::NotConcluded;
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Incomplete);
    CHECK(mentions(result.missing, q("Record the conclusion")));
}

// Issue 13: s.2(1) "in relation to a matter"; s.2(3)(b) "cannot be established merely by
// reference to ... a condition"; s.3(1) the four abilities.

TEST_CASE("an assessment of general capacity is flagged: capacity is decided in relation to a matter")
{
    for (const char* decision : {"General capacity", "Capacity in general", "All decisions about her care",
                                 "Any decisions about his finances and where he lives", "Everything"}) {
        CapacityAssessment record = completeLacking();
        record.decision = q(decision);
        const CapacityRecordResult result = checkCapacityRecord(record);
        INFO(decision << "\n" << describe(result));
        CHECK(result.status == RecordStatus::Flagged);
        CHECK(cites(result.flags, q("MCA 2005 s.2(1)")));
        CHECK(mentions(result.flags, q("not one decision")));
    }
}

TEST_CASE("an assessment that names no decision is flagged")
{
    for (const char* decision : {"Mental capacity assessment", "MCA", "Capacity", "Her care", "Decisions"}) {
        CapacityAssessment record = completeLacking();
        record.decision = q(decision);
        const CapacityRecordResult result = checkCapacityRecord(record);
        INFO(decision << "\n" << describe(result));
        CHECK(result.status == RecordStatus::Flagged);
        CHECK(mentions(result.flags, q("does not name a decision")));
    }
}

TEST_CASE("an assessment about one decision is not flagged for its wording")
{
    for (const char* decision :
         {"Whether to move to Elm House care home", "Whether to have the cataract operation",
          "Whether Dan may visit her flat", "Managing her own bank account"}) {
        CapacityAssessment record = completeLacking();
        record.decision = q(decision);
        const CapacityRecordResult result = checkCapacityRecord(record);
        INFO(decision << "\n" << describe(result));
        CHECK(result.flags.empty());
    }
}

TEST_CASE(
    "evidence of an inability that only restates the diagnosis is flagged and does not count as evidence")
{
    for (const char* evidence :
         {"Has Alzheimer's disease", "Due to her dementia she cannot retain the information", "MMSE 12/30",
          "Alzheimer's disease, diagnosed 2023"}) {
        CapacityAssessment record = completeLacking();
        record.functionalTest.useOrWeigh = {No, q("Compared the two homes and chose")};
        record.functionalTest.retain = {Yes, q(evidence)};
        const CapacityRecordResult result = checkCapacityRecord(record);
        INFO(evidence << "\n" << describe(result));
        CHECK(result.status == RecordStatus::Flagged);
        CHECK(cites(result.flags, q("MCA 2005 s.2(3)(b)")));
        CHECK(mentions(result.missing, q("at least one thing they are unable to do")));
    }
}

TEST_CASE("evidence that says what the person said or did stands, even when it also names the condition")
{
    CapacityAssessment record = completeLacking();
    record.functionalTest.retain = {
        Yes, q("She has dementia; she asked three times in ten minutes where she was going")};
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Complete);
}

TEST_CASE("a conclusion of inability that contradicts the four abilities recorded is flagged")
{
    CapacityAssessment record = completeLacking();
    record.functionalTest.retain = {No, q("Told me the plan again after lunch")};
    record.functionalTest.useOrWeigh = {No, q("Compared the two homes and chose")};
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Flagged);
    CHECK(cites(result.flags, q("MCA 2005 s.3(1); s.2(1)")));
    CHECK(mentions(result.flags, q("reconcile the conclusion")));
}

TEST_CASE("evidence that reads as an inability under an ability marked as present is prompted, not flagged")
{
    CapacityAssessment record = completeLacking();
    record.functionalTest.communicate = {No, q("Could not tell me what she wanted")};
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(result.flags.empty());
    CHECK(mentions(result.prompts, q("check the answer")));
    CHECK(cites(result.prompts, q("MCA 2005 s.3(1)(d)")));
}

TEST_CASE("a causative link that names no inability is asked to say which inability the impairment causes")
{
    CapacityAssessment record = completeLacking();
    record.causativeNexus.howItCausesInability = q("Because of her Alzheimer's disease she lacks capacity");
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(mentions(result.prompts, q("Say which inability")));
    CHECK(cites(result.prompts, q("A Local Authority v JB [2021] UKSC 52")));
}

TEST_CASE("a record without the times of its parts is asked to keep them, so the JB order can be seen")
{
    CapacityAssessment record = completeLacking();
    record.functionalTest.recordedAt = QDateTime();
    const CapacityRecordResult result = checkCapacityRecord(record);
    INFO(describe(result));
    CHECK(mentions(result.prompts, q("functional question came first")));
}
