// MCA 2005 s.37 and SI 2006/2883 reg 4, and how the IMCA check puts its triggers together.

#include "ImcaScenarios.h"
#include "support/Catch.h"

using namespace alongside::core;
using namespace alongside::test::imca;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

TEST_CASE("an IMCA must be instructed before serious medical treatment when nobody is appropriate to consult")
{
    const ImcaResult result = checkImca(treatment());
    const ImcaFinding& finding = only(result);
    INFO(describe(finding));
    CHECK(finding.trigger == ImcaTrigger::SeriousMedicalTreatment);
    CHECK(finding.duty == ImcaDuty::Must);
    CHECK(finding.timing == ImcaTiming::Before);
    CHECK(finding.citation == q("MCA 2005 s.37(3)"));
    CHECK(result.duty == ImcaDuty::Must);
    CHECK(result.citation == q("MCA 2005 s.37(3)"));
}

TEST_CASE("serious medical treatment whose urgency is not recorded still needs the IMCA first, and asks")
{
    const ImcaFinding unknownUrgency = only(checkImca(treatment(NotKnown)));
    INFO(describe(unknownUrgency));
    CHECK(unknownUrgency.duty == ImcaDuty::Must);
    CHECK(mentions(unknownUrgency.missing, q("urgency")));
    CHECK(cites(unknownUrgency.missing, q("MCA 2005 s.37(4)")));
}

TEST_CASE("serious medical treatment needs no IMCA when family or friends can be consulted")
{
    ImcaSituation situation = treatment();
    situation.peopleToConsult.familyOrFriends = Yes;
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(finding.citation == q("MCA 2005 s.37(1)(b)"));
}

TEST_CASE("treatment regulated by Part 4 of the Mental Health Act is outside s.37")
{
    ImcaSituation situation = treatment();
    situation.seriousMedicalTreatment->mentalHealthActPart4 = Yes;
    const ImcaFinding finding = only(checkImca(situation));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(finding.citation == q("MCA 2005 s.37(2)"));
}

TEST_CASE("someone with capacity to consent to the treatment decides for themselves: no IMCA")
{
    ImcaSituation situation = treatment();
    situation.seriousMedicalTreatment->lacksCapacityToConsent = No;
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::DoesNotApply);
    CHECK(mentions(finding.reasons, q("the decision is theirs")));
}

TEST_CASE(
    "cannot tell yet about s.37 while the proposer, capacity, family and the Mental Health Act are not known")
{
    ImcaSituation situation;
    situation.seriousMedicalTreatment = SeriousMedicalTreatment{};
    const ImcaResult result = checkImca(situation);
    const ImcaFinding& finding = only(result);
    INFO(describe(finding));
    CHECK(finding.duty == ImcaDuty::CannotTellYet);
    CHECK(finding.missing.size() == 4);
    CHECK(mentions(finding.missing, q("capacity is presumed")));
    CHECK(mentions(finding.missing, q("NHS body")));
    CHECK(result.duty == ImcaDuty::CannotTellYet);
    CHECK(result.missing.size() == 4);
}

TEST_CASE("an IMCA may be instructed when protective measures are proposed, even where family exists")
{
    ImcaSituation situation;
    situation.peopleToConsult.familyOrFriends = Yes;
    situation.adultProtection = AdultProtection{Yes, AllegationKind::AbusedOrNeglected, No, {}};
    const ImcaFinding finding = only(checkImca(situation));
    INFO(describe(finding));
    CHECK(finding.trigger == ImcaTrigger::AdultProtection);
    CHECK(finding.duty == ImcaDuty::May);
    CHECK(finding.citation == q("SI 2006/2883 reg 5(1)"));
    CHECK(cites(finding.reasons, q("SI 2006/2883 reg 4(1)")));
    CHECK(mentions(finding.reasons, q("applies even so")));
}

TEST_CASE(
    "the adult protection power covers a person alleged to be abusing another, and needs a lack of capacity")
{
    ImcaSituation situation;
    situation.adultProtection = AdultProtection{Yes, AllegationKind::AbusingAnother, No, {}};
    const ImcaFinding abusing = only(checkImca(situation));
    CHECK(abusing.duty == ImcaDuty::May);
    CHECK(mentions(abusing.reasons, q("abusing, or have abused, another person")));

    situation.adultProtection->lacksCapacityToAgreeToMeasures = No;
    CHECK(only(checkImca(situation)).duty == ImcaDuty::DoesNotApply);
}

TEST_CASE("with no trigger in prospect, the IMCA check does not apply")
{
    const ImcaResult result = checkImca(ImcaSituation{});
    CHECK(result.duty == ImcaDuty::DoesNotApply);
    CHECK(result.findings.empty());
    CHECK_FALSE(result.indicated());
}

TEST_CASE("the overall answer is the strongest: must, then cannot tell yet, then may")
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.adultProtection = AdultProtection{Yes, AllegationKind::AbusedOrNeglected, No, {}};
    CHECK(checkImca(situation).duty == ImcaDuty::May);

    situation.seriousMedicalTreatment = SeriousMedicalTreatment{NotKnown, No, No, Yes};
    const ImcaResult unsettled = checkImca(situation);
    CHECK(unsettled.duty == ImcaDuty::CannotTellYet);
    CHECK(unsettled.indicated());
    REQUIRE(unsettled.reasons.size() == 2);
    CHECK(mentions(unsettled.reasons, q("Serious medical treatment (MCA 2005 s.37): cannot tell yet")));

    situation.seriousMedicalTreatment->lacksCapacityToConsent = Yes;
    const ImcaResult must = checkImca(situation);
    CHECK(must.duty == ImcaDuty::Must);
    CHECK(must.rule == must.finding(ImcaTrigger::SeriousMedicalTreatment)->rule);
}
