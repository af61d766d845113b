// One advocate for both roles where possible (Care and Support Statutory Guidance ch.7).

#include "rules/OneAdvocateCheck.h"

#include "RuleAssertions.h"
#include "support/Catch.h"

using namespace alongside::core;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

namespace {

AdvocacyResult careActAdvocate(AdvocacyDecision decision)
{
    AdvocacyResult result;
    result.decision = decision;
    result.citation = q("Care Act 2014 s.68");
    return result;
}

ImcaResult imca(ImcaDuty duty)
{
    ImcaResult result;
    ImcaFinding finding;
    finding.trigger = ImcaTrigger::CouncilAccommodation;
    finding.duty = duty;
    result.findings.push_back(finding);
    result.duty = duty;
    result.citation = q("MCA 2005 s.39(4)");
    return result;
}

AdvocateReferral referral(const char* name, AdvocateRole role)
{
    return {q(name), role, q("Anyshire Advocacy"), QDate(2025, 3, 3)};
}

} // namespace

TEST_CASE("when a Care Act advocate and an IMCA are both indicated, the same advocate can act in both roles")
{
    const OneAdvocateResult result = checkOneAdvocate(careActAdvocate(AdvocacyDecision::Required),
                                                      imca(ImcaDuty::Must), {});
    INFO(describe(result));
    CHECK(result.decision == OneAdvocateDecision::SameAdvocateCanActInBoth);
    CHECK(mentions(result.reasons, q("tell their story once")));
    CHECK(result.citation == q("Care and Support Statutory Guidance ch.7"));
    CHECK(result.citations().contains(q("MCA 2005 s.39(4)")));
}

TEST_CASE("an IMCA who may be instructed counts as indicated")
{
    CHECK(checkOneAdvocate(careActAdvocate(AdvocacyDecision::Required), imca(ImcaDuty::May), {}).decision
          == OneAdvocateDecision::SameAdvocateCanActInBoth);
}

TEST_CASE("two different advocates recorded for the two roles are flagged")
{
    const OneAdvocateResult result = checkOneAdvocate(
        careActAdvocate(AdvocacyDecision::Required), imca(ImcaDuty::Must),
        {referral("Priya Shah", AdvocateRole::CareAct), referral("Tom Reed", AdvocateRole::Imca)});
    INFO(describe(result));
    CHECK(result.decision == OneAdvocateDecision::DifferentAdvocatesRecorded);
    CHECK(mentions(result.flags, q("Priya Shah is recorded as Care Act advocate and Tom Reed as IMCA")));
}

TEST_CASE("the same advocate written differently, or recorded in both roles, is one advocate")
{
    const OneAdvocateResult respelt = checkOneAdvocate(
        careActAdvocate(AdvocacyDecision::Required), imca(ImcaDuty::Must),
        {referral("Priya Shah", AdvocateRole::CareAct), referral(" priya  shah", AdvocateRole::Imca)});
    INFO(describe(respelt));
    CHECK(respelt.decision == OneAdvocateDecision::SameAdvocateCanActInBoth);
    CHECK(respelt.flags.empty());
    CHECK(mentions(respelt.reasons, q("recorded in both roles")));

    const OneAdvocateResult both = checkOneAdvocate(careActAdvocate(AdvocacyDecision::Required),
                                                    imca(ImcaDuty::Must),
                                                    {referral("Priya Shah", AdvocateRole::Both)});
    CHECK(both.decision == OneAdvocateDecision::SameAdvocateCanActInBoth);
}

TEST_CASE("with one role referred so far, it prompts asking that advocate to take the other")
{
    const OneAdvocateResult result = checkOneAdvocate(careActAdvocate(AdvocacyDecision::Required),
                                                      imca(ImcaDuty::Must),
                                                      {referral("Priya Shah", AdvocateRole::CareAct)});
    INFO(describe(result));
    CHECK(mentions(result.prompts, q("ask whether Priya Shah can act in the other role")));
}

TEST_CASE("when only one kind of advocate is indicated there is nothing to join up")
{
    CHECK(checkOneAdvocate(careActAdvocate(AdvocacyDecision::NotRequired), imca(ImcaDuty::Must), {}).decision
          == OneAdvocateDecision::NotBothIndicated);
    CHECK(checkOneAdvocate(careActAdvocate(AdvocacyDecision::Required), imca(ImcaDuty::DoesNotApply), {})
              .decision
          == OneAdvocateDecision::NotBothIndicated);
    CHECK(
        checkOneAdvocate(careActAdvocate(AdvocacyDecision::CannotTellYet), imca(ImcaDuty::CannotTellYet), {})
            .decision
        == OneAdvocateDecision::NotBothIndicated);
}
