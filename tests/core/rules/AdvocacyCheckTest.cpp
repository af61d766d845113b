// Care Act 2014 s.67 and s.68, as scenarios a practitioner would recognise: substantial
// difficulty, and whether anyone appropriate can represent and support the person.

#include "AdvocacyScenarios.h"
#include "support/Catch.h"

using namespace alongside::core;
using namespace alongside::test::advocacy;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

TEST_CASE("advocate required when the daughter is the alleged abuser")
{
    AppropriateIndividual daughter = willing("Karen", "daughter");
    daughter.implicated = Yes;
    const AdvocacyResult result = checkAdvocacy(withSupporter(CareActProcess::Section42Enquiry, daughter));
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::Required);
    CHECK(result.citation == q("Care Act 2014 s.68(2)"));
    CHECK(mentions(result.reasons, q("Karen (daughter) is implicated in the concern")));
    CHECK(result.appropriateIndividual.isEmpty());
    CHECK(result.missing.empty());
}

TEST_CASE("advocate required when an adult with capacity refuses their sister as supporter")
{
    AppropriateIndividual sister = willing("Joan", "sister");
    sister.consents = No;
    const AdvocacyResult result = checkAdvocacy(withSupporter(CareActProcess::NeedsAssessment, sister));
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::Required);
    CHECK(result.citation == q("Care Act 2014 s.67(2)"));
    CHECK(cites(result.reasons, q("Care Act 2014 s.67(6)(a)")));
    CHECK(mentions(result.reasons, q("do not consent to Joan (sister)")));
}

TEST_CASE("no advocate is needed when a suitable friend they consent to can support them")
{
    const AdvocacyResult result = checkAdvocacy(
        withSupporter(CareActProcess::NeedsAssessment, willing("Ade", "friend from church")));
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::NotRequired);
    CHECK(result.citation == q("Care Act 2014 s.67(5)"));
    CHECK(result.appropriateIndividual == q("Ade"));
    CHECK(result.missing.empty());
}

TEST_CASE("a relative of someone lacking capacity to consent is appropriate only in their best interests")
{
    AppropriateIndividual son = willing("Tom", "son");
    son.capacityToConsent = No;
    son.consents = NotKnown;

    son.inBestInterests = Yes;
    const AdvocacyResult inInterests = checkAdvocacy(withSupporter(CareActProcess::Review, son));
    INFO(describe(inInterests));
    CHECK(inInterests.decision == AdvocacyDecision::NotRequired);
    CHECK(cites(inInterests.reasons, q("Care Act 2014 s.67(6)(b)")));

    son.inBestInterests = No;
    const AdvocacyResult against = checkAdvocacy(withSupporter(CareActProcess::Review, son));
    INFO(describe(against));
    CHECK(against.decision == AdvocacyDecision::Required);
    CHECK(mentions(against.reasons, q("not in their best interests")));

    son.inBestInterests = NotKnown;
    const AdvocacyResult unknown = checkAdvocacy(withSupporter(CareActProcess::Review, son));
    INFO(describe(unknown));
    CHECK(unknown.decision == AdvocacyDecision::CannotTellYet);
    CHECK(mentions(unknown.missing, q("is in their best interests")));
}

TEST_CASE("a paid carer cannot be the appropriate individual, so an advocate is required")
{
    AppropriateIndividual carer = willing("Maria", "home care worker");
    carer.paidOrProfessional = Yes;
    const AdvocacyResult result = checkAdvocacy(withSupporter(CareActProcess::CareAndSupportPlanning, carer));
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::Required);
    CHECK(cites(result.reasons, q("Care Act 2014 s.67(5)(b)")));
}

TEST_CASE("a relative the council is not satisfied is suitable is not an appropriate individual")
{
    AppropriateIndividual nephew = willing("Lee", "nephew");
    nephew.suitable = No;
    nephew.suitabilityNote = q("Lives abroad and cannot attend meetings");
    const AdvocacyResult result = checkAdvocacy(withSupporter(CareActProcess::NeedsAssessment, nephew));
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::Required);
    CHECK(mentions(result.reasons, q("Lives abroad")));
    CHECK(cites(result.reasons, q("Care Act 2014 s.67(5)(a)")));
}

TEST_CASE("an advocate is required when nobody has been found to support them")
{
    const AdvocacyResult result = checkAdvocacy(struggling(CareActProcess::SafeguardingAdultsReview));
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::Required);
    CHECK(mentions(result.reasons, q("Nobody has been found")));
    CHECK(mentions(result.reasons, q("from first contact")));
    CHECK(cites(result.reasons, q("Care Act 2014 s.68(1)(b); s.44(3), (4)")));
}

TEST_CASE("one appropriate individual among several is enough")
{
    AppropriateIndividual son = willing("Tom", "son");
    son.implicated = Yes;
    AdvocacySituation situation = withSupporter(CareActProcess::Section42Enquiry, son);
    situation.consideredIndividuals.push_back(willing("Ade", "friend"));
    const AdvocacyResult result = checkAdvocacy(situation);
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::NotRequired);
    CHECK(result.appropriateIndividual == q("Ade"));
}

TEST_CASE("no advocate is needed without substantial difficulty in any of the four areas")
{
    AdvocacySituation situation;
    situation.process = CareActProcess::NeedsAssessment;
    situation.difficulty = {{No, q("Explained the assessment back in her own words")},
                            {No, q("Remembered it the next day")},
                            {No, q("Weighed moving against staying")},
                            {No, q("Speaks clearly")}};
    const AdvocacyResult result = checkAdvocacy(situation);
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::NotRequired);
    CHECK(result.citation == q("Care Act 2014 s.67(4)"));
    CHECK(result.missing.empty());
}

TEST_CASE("a finding of no difficulty without evidence asks for the evidence")
{
    AdvocacySituation situation;
    situation.process = CareActProcess::Section42Enquiry;
    situation.difficulty = {{No, {}}, {No, {}}, {No, {}}, {No, {}}};
    const AdvocacyResult result = checkAdvocacy(situation);
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::NotRequired);
    CHECK(result.missing.size() == 4);
}

TEST_CASE("cannot tell yet when substantial difficulty has not been assessed")
{
    AdvocacySituation situation;
    situation.process = CareActProcess::Section42Enquiry;
    situation.consideredIndividuals.push_back(AppropriateIndividual{});
    const AdvocacyResult result = checkAdvocacy(situation);
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::CannotTellYet);
    CHECK(result.citation == q("Care Act 2014 s.68(3)"));
    CHECK(mentions(result.missing, q("understanding relevant information")));
    CHECK(mentions(result.missing, q("communicating their views")));
    // What is missing about the supporter is listed too, so it can be found at the same visit.
    CHECK(mentions(result.missing, q("is implicated in the concern")));
}

TEST_CASE("one area of substantial difficulty is enough, with the others not assessed")
{
    AdvocacySituation situation;
    situation.process = CareActProcess::CarersAssessment;
    situation.difficulty.communicating = {Yes, q("Uses Makaton; no interpreter available")};
    const AdvocacyResult result = checkAdvocacy(situation);
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::Required);
    CHECK(cites(result.reasons, q("Care Act 2014 s.67(4)(d)")));
    CHECK_FALSE(mentions(result.missing, q("Assess whether")));
}

TEST_CASE("substantial difficulty without evidence still requires an advocate, and asks for the evidence")
{
    AdvocacySituation situation;
    situation.process = CareActProcess::NeedsAssessment;
    situation.difficulty.retaining.found = Yes;
    const AdvocacyResult result = checkAdvocacy(situation);
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::Required);
    CHECK(mentions(result.missing, q("Record the evidence of substantial difficulty in retaining")));
}

TEST_CASE("cannot tell yet when the supporter's consent is not recorded, and the duty stands meanwhile")
{
    AppropriateIndividual sister = willing("Joan", "sister");
    sister.capacityToConsent = NotKnown; // presumed
    sister.consents = NotKnown;
    const AdvocacyResult result = checkAdvocacy(withSupporter(CareActProcess::NeedsAssessment, sister));
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::CannotTellYet);
    CHECK(mentions(result.missing, q("consent to Joan (sister)")));
    CHECK(mentions(result.missing, q("presumed")));
    CHECK(mentions(result.reasons, q("the duty is not lifted")));
}

TEST_CASE(
    "capacity to consent is presumed, so a supporter they consent to is appropriate without an assessment")
{
    AppropriateIndividual sister = willing("Joan", "sister");
    sister.capacityToConsent = NotKnown;
    const AdvocacyResult result = checkAdvocacy(withSupporter(CareActProcess::NeedsAssessment, sister));
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::NotRequired);
}

TEST_CASE(
    "whether the supporter is implicated must be recorded in a safeguarding enquiry, not in a care process")
{
    AppropriateIndividual friendly = willing("Ade", "friend");
    friendly.implicated = NotKnown;
    const AdvocacyResult enquiry = checkAdvocacy(withSupporter(CareActProcess::Section42Enquiry, friendly));
    INFO(describe(enquiry));
    CHECK(enquiry.decision == AdvocacyDecision::CannotTellYet);
    CHECK(mentions(enquiry.missing, q("implicated")));

    const AdvocacyResult assessment = checkAdvocacy(withSupporter(CareActProcess::NeedsAssessment, friendly));
    INFO(describe(assessment));
    CHECK(assessment.decision == AdvocacyDecision::NotRequired);
}

TEST_CASE("whether the supporter is paid, and suitable, must be known before they count")
{
    AppropriateIndividual unknown = willing("Ade", "friend");
    unknown.paidOrProfessional = NotKnown;
    unknown.suitable = NotKnown;
    const AdvocacyResult result = checkAdvocacy(withSupporter(CareActProcess::NeedsAssessment, unknown));
    INFO(describe(result));
    CHECK(result.decision == AdvocacyDecision::CannotTellYet);
    CHECK(mentions(result.missing, q("professionally or for pay")));
    CHECK(mentions(result.missing, q("Decide whether Ade (friend) would be appropriate")));
}
