// When the person's wish does not settle it (CSSG ch.14; docs/checks.md, "wishes"): the check
// prompts and records; it never decides to override.

#include "rules/WishesCheck.h"

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

// Refuses, seen alone, and every factor checked and absent.
WishesSituation refusing()
{
    WishesSituation situation;
    situation.wish = PersonsWish::DoesNotWantAction;
    situation.inTheirOwnWords = q("Leave it. He's my son and I'll sort it.");
    situation.capacityForDecision = Yes;
    situation.seenAlone = Yes;
    for (OverridingFactor* factor :
         {&situation.othersAtRisk, &situation.seriousCrime, &situation.positionOfTrust, &situation.coercion,
          &situation.publicInterest})
        factor->present = No;
    return situation;
}

} // namespace

TEST_CASE("with no wish recorded, the check asks for it, in their words and alone if possible")
{
    const WishesResult result = checkWishes(WishesSituation{});
    INFO(describe(result));
    CHECK(result.decision == WishesDecision::WishNotRecorded);
    CHECK(mentions(result.missing, q("alone if possible")));
}

TEST_CASE("when they want action there is nothing to weigh against their wish")
{
    WishesSituation situation;
    situation.wish = PersonsWish::WantsAction;
    const WishesResult result = checkWishes(situation);
    CHECK(result.decision == WishesDecision::WantsAction);
    CHECK(result.missing.empty());
    CHECK(result.prompts.empty());
}

TEST_CASE("a refusal while others are at risk prompts to record why and whether they were told, and never "
          "closes by itself")
{
    WishesSituation situation = refusing();
    situation.othersAtRisk.present = Yes;
    const WishesResult result = checkWishes(situation);
    INFO(describe(result));
    CHECK(result.decision == WishesDecision::FactorsToWeigh);
    CHECK(mentions(result.missing, q("Record why other people, including children, are or may be at risk")));
    CHECK(mentions(result.missing, q("whether they were told")));
    CHECK(mentions(result.prompts, q("Decide, with your manager")));
    CHECK(mentions(result.prompts, q("never simply a reason to close")));
    CHECK(cites(result.prompts, q("MSP learning briefing, myths 1 and 6")));
}

TEST_CASE("serious crime, a person in a position of trust, coercion and the public interest each put the "
          "wish in the balance")
{
    for (int which = 0; which < 4; ++which) {
        WishesSituation situation = refusing();
        OverridingFactor* factors[] = {&situation.seriousCrime, &situation.positionOfTrust,
                                       &situation.coercion, &situation.publicInterest};
        factors[which]->present = Yes;
        factors[which]->why = q("Recorded reason");
        situation.personTold = Yes;
        const WishesResult result = checkWishes(situation);
        INFO(describe(result));
        CHECK(result.decision == WishesDecision::FactorsToWeigh);
        CHECK(result.missing.empty());
    }
}

TEST_CASE("not telling them is recorded with the reason that telling would increase the risk")
{
    WishesSituation situation = refusing();
    situation.coercion = {Yes, q("Her son controls her money and her phone")};
    situation.personTold = No;
    CHECK(mentions(checkWishes(situation).missing, q("why telling them would increase the risk")));
    situation.notToldBecause = q("Her son reads her letters; telling her now would alert him");
    CHECK(checkWishes(situation).missing.empty());
}

TEST_CASE("a refusal with the overriding factors not yet checked lists the checks")
{
    WishesSituation situation = refusing();
    situation.coercion.present = YesNoUnknown::NotKnown;
    situation.othersAtRisk.present = YesNoUnknown::NotKnown;
    const WishesResult result = checkWishes(situation);
    INFO(describe(result));
    CHECK(result.decision == WishesDecision::FactorsNotYetChecked);
    CHECK(mentions(result.missing, q("Check whether they are under coercion")));
    CHECK(mentions(result.missing, q("Check whether other people")));
}

TEST_CASE("a refusal with nothing overriding it lets their wish guide, and still reminds that refusal is not "
          "closure")
{
    const WishesResult result = checkWishes(refusing());
    INFO(describe(result));
    CHECK(result.decision == WishesDecision::WishGuides);
    CHECK(result.missing.empty());
    CHECK(mentions(result.prompts, q("never simply a reason to close")));
    CHECK(result.flags.empty());
}

TEST_CASE("closing a case while they refuse is flagged")
{
    WishesSituation situation = refusing();
    situation.closing = true;
    const WishesResult result = checkWishes(situation);
    CHECK(mentions(result.flags, q("being closed while they refuse")));
}

TEST_CASE("a refusal heard only with others present asks for a conversation alone, and their own words")
{
    WishesSituation situation = refusing();
    situation.seenAlone = YesNoUnknown::NotKnown;
    situation.inTheirOwnWords.clear();
    const WishesResult result = checkWishes(situation);
    CHECK(mentions(result.missing, q("Speak to them alone")));
    CHECK(mentions(result.missing, q("in their own words")));
}

TEST_CASE("a refusal by someone lacking capacity for the decision prompts a best-interests decision")
{
    WishesSituation situation = refusing();
    situation.capacityForDecision = No;
    const WishesResult result = checkWishes(situation);
    CHECK(mentions(result.prompts, q("best-interests decision")));
    CHECK(cites(result.prompts, q("MCA 2005 s.4(6)")));
}
