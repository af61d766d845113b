// MCA 2005 s.38 (NHS) and s.39 (council) accommodation, and the care review power in
// SI 2006/2883 reg 3.

#include "ImcaScenarios.h"
#include "support/Catch.h"

using namespace alongside::core;
using namespace alongside::test::imca;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

TEST_CASE("an IMCA must be instructed when the council moves someone to a care home for 8 weeks or more with "
          "nobody to consult")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.councilAccommodation = careHomeMove(84);
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.trigger == ImcaTrigger::CouncilAccommodation);
    CHECK(finding.duty == ImcaDuty::Must);
    CHECK(finding.citation == q("MCA 2005 s.39(4)"));
}

TEST_CASE("a council placement likely to last under 8 weeks needs no IMCA yet, but one if it grows")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.councilAccommodation = careHomeMove(55);
    const ImcaFinding shortStay = only(checkImca(situation));
    INFO(describe(shortStay));
    CHECK(shortStay.duty == ImcaDuty::DoesNotApply);
    CHECK(mentions(shortStay.prompts, q("an IMCA must then be instructed")));
    CHECK(cites(shortStay.prompts, q("MCA 2005 s.39(5)")));

    situation.councilAccommodation = careHomeMove(56);
    CHECK(only(checkImca(situation)).duty == ImcaDuty::Must);

    situation.councilAccommodation->likelyDays.reset();
    const ImcaFinding unknownLength = only(checkImca(situation));
    CHECK(unknownLength.duty == ImcaDuty::CannotTellYet);
    CHECK(mentions(unknownLength.missing, q("how long")));
}

TEST_CASE("s.39 covers accommodation under the Care Act or s.117 after-care only, and not under a Mental "
          "Health Act obligation")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.councilAccommodation = careHomeMove(84);
    situation.councilAccommodation->basis = AccommodationBasis::Other;
    CHECK(only(checkImca(situation)).citation == q("MCA 2005 s.39(1A)(a), (1B)"));

    situation.councilAccommodation = careHomeMove(84);
    situation.councilAccommodation->basis = AccommodationBasis::MentalHealthActS117;
    CHECK(only(checkImca(situation)).duty == ImcaDuty::Must);

    situation.councilAccommodation->mentalHealthActObligation = Yes;
    const ImcaFinding obliged = only(checkImca(situation));
    CHECK(obliged.duty == ImcaDuty::DoesNotApply);
    CHECK(obliged.citation == q("MCA 2005 s.39(3)"));
}

TEST_CASE("an urgent council move may be made first, with the IMCA instructed after")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.councilAccommodation = careHomeMove(84);
    situation.councilAccommodation->urgent = Yes;
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::Must);
    CHECK(finding.timing == ImcaTiming::NotBeforeUrgentAction);
    CHECK(finding.citation == q("MCA 2005 s.39(5)"));
    CHECK(cites(finding.reasons, q("MCA 2005 s.39(4)(b)")));
}

TEST_CASE("an NHS placement needs an IMCA from 28 days in hospital and 8 weeks in a care home")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.nhsAccommodation = nhsStay(PlacementSetting::Hospital, 28);
    CHECK(only(checkImca(situation)).duty == ImcaDuty::Must);
    CHECK(only(checkImca(situation)).citation == q("MCA 2005 s.38(3)"));
    situation.nhsAccommodation = nhsStay(PlacementSetting::Hospital, 27);
    CHECK(only(checkImca(situation)).duty == ImcaDuty::DoesNotApply);
    situation.nhsAccommodation = nhsStay(PlacementSetting::CareHome, 55);
    CHECK(only(checkImca(situation)).duty == ImcaDuty::DoesNotApply);
    situation.nhsAccommodation = nhsStay(PlacementSetting::CareHome, 56);
    CHECK(only(checkImca(situation)).duty == ImcaDuty::Must);
    situation.nhsAccommodation->mentalHealthActObligation = Yes;
    CHECK(only(checkImca(situation)).citation == q("MCA 2005 s.38(2)"));
}

TEST_CASE("an NHS placement in the place a DoLS IMCA already covers needs no second IMCA")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.nhsAccommodation = nhsStay(PlacementSetting::CareHome, 90);
    situation.nhsAccommodation->dolsRelevantPlace = Yes;
    situation.dols = DolsFacts{};
    const ImcaResult result = checkImca(situation);
    INFO(describe(result));
    REQUIRE(result.findings.size() == 2);
    CHECK(result.finding(ImcaTrigger::NhsAccommodation)->duty == ImcaDuty::DoesNotApply);
    CHECK(result.finding(ImcaTrigger::NhsAccommodation)->citation == q("MCA 2005 s.38(2A)"));
    CHECK(result.finding(ImcaTrigger::DolsRequest)->duty == ImcaDuty::Must);
    CHECK(result.duty == ImcaDuty::Must);
}

TEST_CASE("an IMCA may be instructed for a care review after 12 weeks when nobody is appropriate to consult")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.careReview = reviewAfter(84);
    const ImcaResult result = checkImca(situation);
    const ImcaFinding& finding = only(result);
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::May);
    CHECK(finding.citation == q("SI 2006/2883 reg 5(1)"));
    CHECK(mentions(finding.prompts, q("a power, not a duty")));
    CHECK(result.duty == ImcaDuty::May);
}

TEST_CASE("a care review before 12 weeks, or with an attorney, is outside reg 3")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.careReview = reviewAfter(83);
    CHECK(only(checkImca(situation)).duty == ImcaDuty::DoesNotApply);

    situation.careReview = reviewAfter(120);
    situation.peopleToConsult.representatives = {{AuthorisedRole::LastingAttorney, q("Ruth"), {}}};
    const ImcaFinding withAttorney = only(checkImca(situation));
    CHECK(withAttorney.duty == ImcaDuty::DoesNotApply);
    CHECK(withAttorney.citation == q("SI 2006/2883 reg 3(1)(d)(ii)"));

    situation.peopleToConsult = nobody();
    situation.careReview->reviewOn = QDate();
    const ImcaFinding noDate = only(checkImca(situation));
    CHECK(noDate.duty == ImcaDuty::CannotTellYet);
    CHECK(mentions(noDate.missing, q("12 weeks")));
}

TEST_CASE("the care review power gives way where an IMCA must be instructed under ss.37-39")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.careReview = reviewAfter(100);
    situation.councilAccommodation = careHomeMove(84);
    const ImcaResult result = checkImca(situation);
    INFO(describe(result));
    CHECK(result.finding(ImcaTrigger::CareReview)->duty == ImcaDuty::DoesNotApply);
    CHECK(result.finding(ImcaTrigger::CareReview)->citation == q("SI 2006/2883 reg 3(1)(e)"));
    CHECK(result.duty == ImcaDuty::Must);
}
