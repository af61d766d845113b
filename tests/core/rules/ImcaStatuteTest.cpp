// Issue 13, written from the text of MCA 2005 ss.37-39 and SI 2006/2883 regs 3-5 (the provisions
// are quoted beside the rules in core/rules/Imca*.cpp): urgent treatment, urgent and already-made
// placements, the DoLS exceptions in ss.38(2A) and 39(3A), and the "particular benefit" the
// powers turn on.

#include "ImcaScenarios.h"
#include "support/Catch.h"

using namespace alongside::core;
using namespace alongside::test::imca;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

TEST_CASE("urgent serious medical treatment may go ahead without an IMCA, and no duty follows for it")
{
    // s.37(4): "it may be provided even though the NHS body has not been able to comply with
    // subsection (3)". Nothing requires an IMCA afterwards for that treatment.
    const ImcaFinding finding = only(checkImca(treatment(Yes)));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(finding.citation == q("MCA 2005 s.37(4)"));
    CHECK(mentions(finding.reasons, q("new proposal")));
    CHECK_FALSE(mentions(finding.reasons, q("instructed after")));
}

TEST_CASE("serious medical treatment not proposed by an NHS body puts no IMCA duty on anyone")
{
    ImcaSituation situation = treatment();
    situation.seriousMedicalTreatment->proposedByNhsBody = No;
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(finding.citation == q("MCA 2005 s.37(1)(a)"));

    situation.seriousMedicalTreatment->proposedByNhsBody = NotKnown;
    const ImcaFinding unknown = only(checkImca(situation));
    CHECK(unknown.duty == ImcaDuty::CannotTellYet);
    CHECK(cites(unknown.missing, q("MCA 2005 s.37(1)(a)")));
}

TEST_CASE(
    "an urgent NHS placement may be made first; as the stay is likely to reach 28 days the IMCA must then "
    "be instructed")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.nhsAccommodation = nhsStay(PlacementSetting::Hospital, 40);
    situation.nhsAccommodation->urgent = Yes;
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::Must);
    CHECK(finding.timing == ImcaTiming::NotBeforeUrgentAction);
    CHECK(finding.citation == q("MCA 2005 s.38(4)"));
    CHECK(cites(finding.reasons, q("MCA 2005 s.38(3)(b)")));
}

TEST_CASE(
    "a council placement made without an IMCA needs one now that the stay, counted from its first day, is "
    "likely to pass 8 weeks")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.councilAccommodation = careHomeMove(70);
    situation.councilAccommodation->arrangementsMadeOn = QDate(2025, 3, 3);
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::Must);
    CHECK(finding.timing == ImcaTiming::AfterArrangementsMade);
    CHECK(finding.citation == q("MCA 2005 s.39(5)"));
    CHECK(mentions(finding.reasons, q("3 March 2025")));
}

TEST_CASE(
    "a placement made without an IMCA and still likely to be short needs none yet, and is kept under review")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.nhsAccommodation = nhsStay(PlacementSetting::Hospital, 20);
    situation.nhsAccommodation->arrangementsMadeOn = QDate(2025, 3, 3);
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(finding.citation == q("MCA 2005 s.38(4)(b)(i)-(ii), (9)"));
    CHECK(cites(finding.prompts, q("MCA 2005 s.38(4)")));
    CHECK(mentions(finding.prompts, q("under review")));
}

TEST_CASE("the NHS accommodation duty gives way to a DoLS IMCA only for the hospital or care home that "
          "authorisation is about")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.nhsAccommodation = nhsStay(PlacementSetting::CareHome, 90);
    situation.dols = DolsFacts{}; // requested, nobody to consult: s.39A must

    situation.nhsAccommodation->dolsRelevantPlace = No;
    CHECK(checkImca(situation).finding(ImcaTrigger::NhsAccommodation)->duty == ImcaDuty::Must);

    situation.nhsAccommodation->dolsRelevantPlace = Yes;
    const ImcaFinding samePlace = *checkImca(situation).finding(ImcaTrigger::NhsAccommodation);
    CHECK(samePlace.duty == ImcaDuty::DoesNotApply);
    CHECK(samePlace.citation == q("MCA 2005 s.38(2A)"));

    situation.nhsAccommodation->dolsRelevantPlace = NotKnown;
    const ImcaFinding unknown = *checkImca(situation).finding(ImcaTrigger::NhsAccommodation);
    INFO(describe(unknown));
    CHECK(unknown.duty == ImcaDuty::CannotTellYet);
    CHECK(cites(unknown.missing, q("MCA 2005 s.38(2A)(b)")));
}

TEST_CASE(
    "a council placement in the care home of a DoLS authorisation, with no DoLS facts recorded, cannot be "
    "settled")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.councilAccommodation = careHomeMove(90);
    situation.councilAccommodation->dolsRelevantPlace = Yes;
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::CannotTellYet);
    CHECK(cites(finding.missing, q("MCA 2005 s.39(3A)(a)")));
}

TEST_CASE("the adult protection power is granted by reg 5(1) and asks whether an IMCA would be of particular "
          "benefit")
{
    ImcaSituation situation;
    situation.peopleToConsult.familyOrFriends = Yes;
    situation.adultProtection = AdultProtection{Yes, AllegationKind::AbusedOrNeglected, No, {}};
    const ImcaFinding open = only(checkImca(situation));
    INFO(describe(open));
    CHECK(open.duty == ImcaDuty::May);
    CHECK(open.citation == q("SI 2006/2883 reg 5(1)"));
    CHECK(mentions(open.prompts, q("particular benefit")));
    CHECK(cites(open.prompts, q("SI 2006/2883 reg 5(1)")));

    situation.adultProtection->particularBenefit = {No, q("She has a long-standing advocate already")};
    const ImcaFinding notSatisfied = only(checkImca(situation));
    CHECK(notSatisfied.duty == ImcaDuty::DoesNotApply);
    CHECK(notSatisfied.citation == q("SI 2006/2883 reg 5(1)"));
    CHECK(mentions(notSatisfied.reasons, q("long-standing advocate")));

    situation.adultProtection->particularBenefit = {Yes, q("Her son, who is implicated, speaks for her")};
    const ImcaFinding satisfied = only(checkImca(situation));
    CHECK(satisfied.duty == ImcaDuty::May);
    CHECK(mentions(satisfied.reasons, q("speaks for her")));
    CHECK_FALSE(mentions(satisfied.prompts, q("only if you are satisfied")));
}

TEST_CASE("the care review power is granted by reg 5(1), its circumstances by reg 3(1) and (2)")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.careReview = reviewAfter(90);
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::May);
    CHECK(finding.citation == q("SI 2006/2883 reg 5(1)"));
    CHECK(cites(finding.reasons, q("SI 2006/2883 reg 3(1)(a), (2)")));
    CHECK(cites(finding.reasons, q("SI 2006/2883 reg 3(1)(b)")));
}

TEST_CASE(
    "a family member implicated in the allegation prompts a fresh judgement of whom it is appropriate to "
    "consult about a move")
{
    ImcaSituation situation;
    situation.peopleToConsult.familyOrFriends = Yes;
    situation.councilAccommodation = careHomeMove(90);
    situation.adultProtection = AdultProtection{Yes, AllegationKind::AbusedOrNeglected, Yes, {}};
    const ImcaResult result = checkImca(situation);
    const ImcaFinding& move = *result.finding(ImcaTrigger::CouncilAccommodation);
    INFO(describe(move));
    CHECK(move.duty == ImcaDuty::DoesNotApply); // the practitioner's judgement stands until they change it
    CHECK(mentions(move.prompts, q("implicated")));
    CHECK(cites(move.prompts, q("MCA 2005 s.39(1)")));
    CHECK(mentions(result.finding(ImcaTrigger::AdultProtection)->reasons, q("family member is implicated")));
}

// SI 2006/2883 reg 4(1): "(c) none of the following provisions apply— (i) section 37, 38 or 39 of
// the Act, or (ii) regulation 3 of these Regulations."
TEST_CASE("the adult protection power is not used where the Act already requires an IMCA for the move")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.councilAccommodation = careHomeMove(90);
    situation.adultProtection = AdultProtection{Yes, AllegationKind::AbusedOrNeglected, No, {}};
    const ImcaResult result = checkImca(situation);
    INFO(describe(result));
    REQUIRE(result.finding(ImcaTrigger::CouncilAccommodation)->duty == ImcaDuty::Must);
    const ImcaFinding& protection = *result.finding(ImcaTrigger::AdultProtection);
    CHECK(protection.duty == ImcaDuty::DoesNotApply);
    CHECK(protection.citation == q("SI 2006/2883 reg 4(1)(c)"));

    situation.councilAccommodation.reset();
    const ImcaFinding alone = only(checkImca(situation));
    CHECK(alone.duty == ImcaDuty::May);
    CHECK(cites(alone.reasons, q("SI 2006/2883 reg 4(1)(a), (b)(i)")));
}

// s.38(9): "'Applicable period' means— (a) in relation to accommodation in a hospital, 28 days,
// and (b) in relation to accommodation in a care home, 8 weeks."
TEST_CASE("the 28 days in a hospital an NHS placement is measured against are cited to s.38(9)")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.nhsAccommodation = nhsStay(PlacementSetting::Hospital, 20);
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(finding.citation == q("MCA 2005 s.38(3)(a), (9)"));
}
