// SI 2014/2889 reg 4: an advocate even with an appropriate individual, for care processes (s.67)
// only; and each process's place in the Act.

#include "AdvocacyScenarios.h"
#include "support/Catch.h"

using namespace alongside::core;
using namespace alongside::test::advocacy;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

TEST_CASE("advocate required for an NHS hospital placement of 5 weeks even with an appropriate individual")
{
    AdvocacySituation situation = withSupporter(CareActProcess::CareAndSupportPlanning,
                                                willing("Joan", "sister"));
    situation.nhsPlacement = NhsPlacementProspect{PlacementSetting::Hospital, 35, Yes};
    const AdvocacyResult result = checkAdvocacy(situation);
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::Required);
    CHECK(result.citation == q("Care Act 2014 s.67(7)(c); SI 2014/2889 reg 4(1)"));
    CHECK(result.appropriateIndividual == q("Joan"));
}

TEST_CASE("the same hospital placement in a s.42 enquiry does not use regulation 4")
{
    AdvocacySituation situation = withSupporter(CareActProcess::Section42Enquiry, willing("Joan", "sister"));
    situation.nhsPlacement = NhsPlacementProspect{PlacementSetting::Hospital, 35, Yes};
    const AdvocacyResult result = checkAdvocacy(situation);
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::NotRequired);
    CHECK(mentions(result.reasons, q("care processes (s.67) only")));
}

TEST_CASE("regulation 4 placements start at 28 days in hospital and 8 weeks in a care home")
{
    const auto decisionFor = [](PlacementSetting setting, int days) {
        AdvocacySituation situation = withSupporter(CareActProcess::Review, willing("Joan", "sister"));
        situation.nhsPlacement = NhsPlacementProspect{setting, days, Yes};
        return checkAdvocacy(situation).decision;
    };
    CHECK(decisionFor(PlacementSetting::Hospital, 27) == AdvocacyDecision::NotRequired);
    CHECK(decisionFor(PlacementSetting::Hospital, 28) == AdvocacyDecision::Required);
    CHECK(decisionFor(PlacementSetting::CareHome, 55) == AdvocacyDecision::NotRequired);
    CHECK(decisionFor(PlacementSetting::CareHome, 56) == AdvocacyDecision::Required);
}

TEST_CASE(
    "a likely NHS placement needs its length and the best-interests judgement before regulation 4 is settled")
{
    AdvocacySituation situation = withSupporter(CareActProcess::Review, willing("Joan", "sister"));
    situation.nhsPlacement = NhsPlacementProspect{PlacementSetting::CareHome, std::nullopt, Yes};
    const AdvocacyResult noLength = checkAdvocacy(situation);
    INFO(describe(noLength));
    CHECK(noLength.decision == AdvocacyDecision::CannotTellYet);
    CHECK(mentions(noLength.missing, q("how long the NHS placement is likely to last")));

    situation.nhsPlacement = NhsPlacementProspect{PlacementSetting::CareHome, 90, NotKnown};
    const AdvocacyResult noJudgement = checkAdvocacy(situation);
    INFO(describe(noJudgement));
    CHECK(noJudgement.decision == AdvocacyDecision::CannotTellYet);
    CHECK(mentions(noJudgement.missing, q("decide whether an advocate would be in their best interests")));

    situation.nhsPlacement = NhsPlacementProspect{PlacementSetting::CareHome, 90, No};
    const AdvocacyResult notInInterests = checkAdvocacy(situation);
    INFO(describe(notInInterests));
    CHECK(notInInterests.decision == AdvocacyDecision::NotRequired);
}

TEST_CASE("a material disagreement requires an advocate when both agree one is in their best interests")
{
    AdvocacySituation situation = withSupporter(CareActProcess::CareAndSupportPlanning,
                                                willing("Tom", "son"));
    situation.disagreement = MaterialDisagreement{q("whether to move to a care home"), Yes};
    const AdvocacyResult agreed = checkAdvocacy(situation);
    INFO(describe(agreed));
    CHECK(agreed.decision == AdvocacyDecision::Required);
    CHECK(mentions(agreed.reasons, q("whether to move to a care home")));

    situation.disagreement->bothAgreeAdvocateInBestInterests = No;
    CHECK(checkAdvocacy(situation).decision == AdvocacyDecision::NotRequired);

    situation.disagreement->bothAgreeAdvocateInBestInterests = NotKnown;
    const AdvocacyResult unknown = checkAdvocacy(situation);
    INFO(describe(unknown));
    CHECK(unknown.decision == AdvocacyDecision::CannotTellYet);
    CHECK(unknown.citation == q("SI 2014/2889 reg 4(1)"));
}

TEST_CASE("each process names its place in the Care Act")
{
    const std::pair<CareActProcess, const char*> processes[] = {
        {CareActProcess::NeedsAssessment, "s.67(3)(a)"},
        {CareActProcess::CarersAssessment, "s.67(3)(b)"},
        {CareActProcess::CareAndSupportPlanning, "s.67(3)(c)-(d)"},
        {CareActProcess::Review, "s.67(3)(e)-(f)"},
        {CareActProcess::Section42Enquiry, "s.68(1)(a); s.42(2)"},
        {CareActProcess::SafeguardingAdultsReview, "s.68(1)(b); s.44(3), (4)"},
    };
    for (const auto& [process, citation] : processes) {
        const AdvocacyResult result = checkAdvocacy(struggling(process));
        INFO(citation);
        CHECK(result.reasons.front().citation.contains(q(citation)));
        CHECK(result.decision == AdvocacyDecision::Required);
        CHECK(result.citation
              == q(isSafeguardingProcess(process) ? "Care Act 2014 s.68(2)" : "Care Act 2014 s.67(2)"));
    }
}
