// MCA 2005 s.40(1): the IMCA duties do not apply where there is someone nominated to be consulted
// on those matters, or an attorney or deputy with authority over them; and SI 2006/2883 reg
// 3(1)(d), which asks for no nominee, attorney or deputy at all. Issue 13.

#include "ImcaScenarios.h"
#include "support/Catch.h"

using namespace alongside::core;
using namespace alongside::test::imca;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

namespace {

AuthorisedRepresentative someone(AuthorisedRole role, QList<AuthorityMatter> covers)
{
    return {role, QStringLiteral("Sam Example"), covers};
}

} // namespace

TEST_CASE(
    "a property and affairs attorney does not take away the duty to instruct an IMCA for serious medical "
    "treatment")
{
    ImcaSituation situation = treatment();
    situation.seriousMedicalTreatment->proposedByNhsBody = Yes;
    situation.peopleToConsult.representatives = {
        someone(AuthorisedRole::LastingAttorney, {AuthorityMatter::PropertyAndAffairs})};
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::Must);
    CHECK(cites(finding.reasons, q("MCA 2005 s.40(1)(b)")));
    CHECK(mentions(finding.reasons, q("not medical treatment")));
    CHECK(mentions(finding.prompts, q("may still be someone appropriate to consult")));
}

TEST_CASE("an attorney with authority for medical treatment takes the s.37 duty away")
{
    ImcaSituation situation = treatment();
    situation.seriousMedicalTreatment->proposedByNhsBody = Yes;
    situation.peopleToConsult.representatives = {
        someone(AuthorisedRole::LastingAttorney,
                {AuthorityMatter::MedicalTreatment, AuthorityMatter::Accommodation})};
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(finding.citation == q("MCA 2005 s.40(1)(b)"));
}

TEST_CASE("an attorney whose authority is not recorded leaves the duty unsettled until it is")
{
    ImcaSituation situation = treatment();
    situation.seriousMedicalTreatment->proposedByNhsBody = Yes;
    situation.peopleToConsult.representatives = {someone(AuthorisedRole::LastingAttorney, {})};
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::CannotTellYet);
    CHECK(cites(finding.missing, q("MCA 2005 s.40(1)(b)")));
    CHECK(mentions(finding.missing, q("what Sam Example")));
}

TEST_CASE(
    "someone nominated to be consulted about where they live takes the council's accommodation duty away, "
    "a property deputy does not")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.councilAccommodation = careHomeMove(90);
    situation.peopleToConsult.representatives = {
        someone(AuthorisedRole::Deputy, {AuthorityMatter::PropertyAndAffairs})};
    CHECK(only(checkImca(situation)).duty == ImcaDuty::Must);

    situation.peopleToConsult.representatives.push_back(
        someone(AuthorisedRole::NominatedPerson, {AuthorityMatter::Accommodation}));
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(finding.citation == q("MCA 2005 s.40(1)(a)"));
}

TEST_CASE("an enduring power of attorney is not one of the s.40 exceptions")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.nhsAccommodation = nhsStay(PlacementSetting::CareHome, 90);
    situation.peopleToConsult.representatives = {
        someone(AuthorisedRole::EnduringAttorney, {AuthorityMatter::PropertyAndAffairs})};
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::Must);
    CHECK(cites(finding.reasons, q("MCA 2005 s.40(1)")));
}

TEST_CASE("s.40 takes away the DoLS duties where a deputy has power over the deprivation of liberty")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.dols = DolsFacts{};
    situation.peopleToConsult.representatives = {
        someone(AuthorisedRole::Deputy, {AuthorityMatter::DeprivationOfLiberty})};
    const ImcaFinding request = only(checkImca(situation));
    INFO(describe(request));
    CHECK(request.trigger == ImcaTrigger::DolsRequest);
    CHECK(request.duty == ImcaDuty::DoesNotApply);
    CHECK(request.citation == q("MCA 2005 s.40(1)(c)"));

    situation.dols = DolsFacts{
        DolsStage::Authorised, RepresentativeKind::Unpaid, false, true, false, NotKnown};
    const ImcaFinding unpaid = only(checkImca(situation));
    INFO(describe(unpaid));
    CHECK(unpaid.trigger == ImcaTrigger::DolsUnpaidRepresentative);
    CHECK(unpaid.duty == ImcaDuty::DoesNotApply);
    CHECK(unpaid.citation == q("MCA 2005 s.40(1)(c)"));
}

TEST_CASE("the care review power needs no nominee, attorney or deputy at all, whatever they cover")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.careReview = reviewAfter(120);
    situation.peopleToConsult.representatives = {
        someone(AuthorisedRole::LastingAttorney, {AuthorityMatter::PropertyAndAffairs})};
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(finding.citation == q("SI 2006/2883 reg 3(1)(d)(ii)"));
}
