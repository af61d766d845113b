// Deprivation of Liberty Safeguards: MCA 2005 ss.39A, 39C and 39D.

#include "ImcaScenarios.h"
#include "support/Catch.h"

using namespace alongside::core;
using namespace alongside::test::imca;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

TEST_CASE("a DoLS request with nobody to consult means the supervisory body must instruct an IMCA")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.dols = DolsFacts{};
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.trigger == ImcaTrigger::DolsRequest);
    CHECK(finding.duty == ImcaDuty::Must);
    CHECK(finding.citation == q("MCA 2005 s.39A(3)"));

    situation.peopleToConsult.familyOrFriends = Yes;
    CHECK(only(checkImca(situation)).duty == ImcaDuty::DoesNotApply);
}

TEST_CASE("when a DoLS representative's appointment ends with nobody to consult, an IMCA must fill the gap")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    DolsFacts facts;
    facts.stage = DolsStage::Authorised;
    facts.representative = RepresentativeKind::Unpaid;
    facts.representativeAppointmentEnded = true;
    situation.dols = facts;
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.trigger == ImcaTrigger::DolsRepresentativeGap);
    CHECK(finding.duty == ImcaDuty::Must);
    CHECK(cites(finding.reasons, q("MCA 2005 s.39C(5)")));

    situation.dols->representativeAppointmentEnded = false;
    situation.dols->representative = RepresentativeKind::None;
    const ImcaFinding noneRecorded = only(checkImca(situation));
    CHECK(noneRecorded.trigger == ImcaTrigger::DolsRepresentativeGap);
    CHECK(noneRecorded.duty == ImcaDuty::CannotTellYet);
}

TEST_CASE("an unpaid DoLS representative or the person asking for an IMCA means one must be instructed")
{
    ImcaSituation situation;
    DolsFacts facts;
    facts.stage = DolsStage::Authorised;
    facts.representative = RepresentativeKind::Unpaid;
    facts.rightsAtRisk = No;
    situation.dols = facts;
    CHECK(only(checkImca(situation)).duty == ImcaDuty::DoesNotApply);

    situation.dols->representativeAsks = true;
    const ImcaFinding asked = only(checkImca(situation));
    CHECK(asked.trigger == ImcaTrigger::DolsUnpaidRepresentative);
    CHECK(asked.duty == ImcaDuty::Must);
    CHECK(cites(asked.reasons, q("MCA 2005 s.39D(4)")));

    situation.dols->representativeAsks = false;
    situation.dols->personAsks = true;
    CHECK(cites(only(checkImca(situation)).reasons, q("MCA 2005 s.39D(3)")));

    situation.dols->personAsks = false;
    situation.dols->rightsAtRisk = Yes;
    CHECK(only(checkImca(situation)).duty == ImcaDuty::Must);

    situation.dols->rightsAtRisk = NotKnown;
    const ImcaFinding unknown = only(checkImca(situation));
    CHECK(unknown.duty == ImcaDuty::CannotTellYet);
    CHECK(mentions(unknown.missing, q("rights to a review")));

    situation.dols->representative = RepresentativeKind::Paid;
    situation.dols->personAsks = true;
    const ImcaFinding paid = only(checkImca(situation));
    CHECK(paid.duty == ImcaDuty::DoesNotApply);
    CHECK(paid.citation == q("MCA 2005 s.39D(1)(c)"));
}
