// Issue 13: every reason and missing item of the Care Act advocacy check cites its subsection or
// paragraph (Care Act 2014 ss.67-68; SI 2014/2889 reg 4), and a safeguarding adults review about
// an adult who has died needs no advocate (s.44(2)(a); s.68(1)(b)).

#include "AdvocacyScenarios.h"
#include "support/Catch.h"

#include <QRegularExpression>

using namespace alongside::core;
using namespace alongside::test::advocacy;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

namespace {

// True when every citation the result uses names a subsection or paragraph, or the guidance.
bool allPrecise(const RuleResult& result)
{
    const QRegularExpression precise(QStringLiteral(
        "^(Care Act 2014 s\\.\\d+\\(\\d+\\)|SI 2014/2889 reg 4\\(\\d\\)|Care and Support Statutory "
        "Guidance ch\\.7)"));
    for (const QString& citation : result.citations()) {
        if (!precise.match(citation).hasMatch())
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("in a s.42 enquiry the appropriate-person exclusion is cited to s.68(4) and consent to s.68(5)")
{
    AppropriateIndividual daughter = willing("Karen", "daughter");
    daughter.implicated = Yes;
    const AdvocacyResult implicated = checkAdvocacy(
        withSupporter(CareActProcess::Section42Enquiry, daughter));
    INFO(describe(implicated));
    CHECK(implicated.decision == AdvocacyDecision::Required);
    CHECK(implicated.citation == q("Care Act 2014 s.68(2)"));
    CHECK(cites(implicated.reasons, q("Care Act 2014 s.68(4)(a); Care and Support Statutory Guidance ch.7")));
    CHECK(cites(implicated.reasons, q("Care Act 2014 s.68(3)(a)")));
    CHECK(cites(implicated.reasons, q("Care Act 2014 s.68(1)(a); s.42(2)")));
    CHECK(allPrecise(implicated));

    AppropriateIndividual friendly = willing("Ade", "friend");
    friendly.consents = No;
    const AdvocacyResult refused = checkAdvocacy(withSupporter(CareActProcess::Section42Enquiry, friendly));
    CHECK(cites(refused.reasons, q("Care Act 2014 s.68(5)(a)")));

    AppropriateIndividual paid = willing("Julie", "paid carer");
    paid.paidOrProfessional = Yes;
    const AdvocacyResult paidCarer = checkAdvocacy(
        withSupporter(CareActProcess::SafeguardingAdultsReview, paid));
    CHECK(cites(paidCarer.reasons, q("Care Act 2014 s.68(4)(b)")));
    CHECK(allPrecise(paidCarer));
}

TEST_CASE("regulation 4 reasons cite their paragraph: (2) for an NHS placement, (3) for a disagreement")
{
    AdvocacySituation situation = withSupporter(CareActProcess::CareAndSupportPlanning,
                                                willing("Joan", "sister"));
    situation.nhsPlacement = NhsPlacementProspect{PlacementSetting::Hospital, 35, Yes};
    const AdvocacyResult placement = checkAdvocacy(situation);
    INFO(describe(placement));
    CHECK(placement.decision == AdvocacyDecision::Required);
    CHECK(placement.citation == q("Care Act 2014 s.67(7)(c); SI 2014/2889 reg 4(1)"));
    CHECK(cites(placement.reasons, q("SI 2014/2889 reg 4(2)(a)(i), (b)")));

    situation.nhsPlacement.reset();
    situation.disagreement = MaterialDisagreement{q("whether she can go home"), NotKnown};
    const AdvocacyResult disagreement = checkAdvocacy(situation);
    INFO(describe(disagreement));
    CHECK(cites(disagreement.missing, q("SI 2014/2889 reg 4(3)(b)")));
    situation.disagreement->bothAgreeAdvocateInBestInterests = Yes;
    CHECK(cites(checkAdvocacy(situation).reasons, q("SI 2014/2889 reg 4(3)(a)-(b)")));
}

TEST_CASE(
    "a safeguarding adults review about an adult who has died needs no advocate: there is nobody to involve")
{
    AdvocacySituation situation = struggling(CareActProcess::SafeguardingAdultsReview);
    situation.adultAlive = No;
    const AdvocacyResult died = checkAdvocacy(situation);
    INFO(describe(died));
    CHECK(died.decision == AdvocacyDecision::NotRequired);
    CHECK(died.citation == q("Care Act 2014 s.68(1)(b); s.44(2)(a)"));

    situation.adultAlive = NotKnown;
    const AdvocacyResult unknown = checkAdvocacy(situation);
    CHECK(unknown.decision == AdvocacyDecision::Required); // nobody appropriate: the duty stands meanwhile
    CHECK(mentions(unknown.missing, q("is alive")));

    situation.adultAlive = Yes;
    const AdvocacyResult alive = checkAdvocacy(situation);
    CHECK(alive.decision == AdvocacyDecision::Required);
    CHECK(cites(alive.reasons, q("Care Act 2014 s.68(1)(b); s.44(3)(a)")));
}

// Read in the Act (s.68(1)): "(a) an enquiry under section 42(2), (b) a review under section 44(1)
// of a case in which condition 2 in section 44(3) is met or a review under section 44(4)".
TEST_CASE(
    "which paragraph of s.68(1) brings the enquiry or review in is cited: (a) for s.42, (b) for a review")
{
    const AdvocacyResult enquiry = checkAdvocacy(struggling(CareActProcess::Section42Enquiry));
    INFO(describe(enquiry));
    CHECK(cites(enquiry.reasons, q("Care Act 2014 s.68(1)(a); s.42(2)")));
    const AdvocacyResult review = checkAdvocacy(struggling(CareActProcess::SafeguardingAdultsReview));
    INFO(describe(review));
    CHECK(cites(review.reasons, q("Care Act 2014 s.68(1)(b); s.44(3), (4)")));
}

// s.68(6): "If the enquiry or review needs to begin as a matter of urgency, it may do so even if
// the authority has not yet been able to comply with the duty under subsection (2) (and the
// authority continues to be subject to the duty)." s.67 has no such subsection.
TEST_CASE(
    "an urgent enquiry may begin before the advocate is arranged, and the duty to arrange one continues")
{
    const AdvocacyResult enquiry = checkAdvocacy(struggling(CareActProcess::Section42Enquiry));
    INFO(describe(enquiry));
    REQUIRE(enquiry.decision == AdvocacyDecision::Required);
    CHECK(cites(enquiry.reasons, q("Care Act 2014 s.68(6)")));
    CHECK(mentions(enquiry.reasons, q("the duty to arrange one continues")));

    const AdvocacyResult assessment = checkAdvocacy(struggling(CareActProcess::NeedsAssessment));
    INFO(describe(assessment));
    REQUIRE(assessment.decision == AdvocacyDecision::Required);
    CHECK_FALSE(cites(assessment.reasons, q("Care Act 2014 s.68(6)")));
}

// The regulations that switch off the appropriate-person exception are made under s.67(7)(c):
// "specify circumstances in which the exception in subsection (5) does not apply".
TEST_CASE("regulation 4's power in the Act is cited to its paragraph, s.67(7)(c)")
{
    AdvocacySituation situation = withSupporter(CareActProcess::NeedsAssessment, willing("Joan", "sister"));
    situation.disagreement = MaterialDisagreement{q("whether she can go home"), Yes};
    const AdvocacyResult result = checkAdvocacy(situation);
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::Required);
    CHECK(result.citation == q("Care Act 2014 s.67(7)(c); SI 2014/2889 reg 4(1)"));
}
