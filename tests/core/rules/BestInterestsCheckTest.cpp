// MCA 2005 s.4 and s.1(6): what a best-interests decision record must show.

#include "rules/BestInterestsCheck.h"

#include "RuleAssertions.h"
#include "support/Catch.h"

using namespace alongside::core;
using alongside::test::cites;
using alongside::test::describe;
using alongside::test::mentions;
using alongside::test::q;

namespace {

ChecklistItem addressed(const char* note)
{
    return {ChecklistStatus::Addressed, q(note)};
}

BestInterestsDecision complete()
{
    BestInterestsDecision record;
    record.decision = q("Where Mrs Ahmed lives after leaving hospital");
    record.decisionMaker = q("Sam Patel, social worker, Anyshire Council");
    record.decidedOn = QDate(2025, 3, 20);
    record.lacksCapacityForDecision = YesNoUnknown::Yes;
    record.allRelevantCircumstances = addressed("Falls at home; her cat; her daughter visits weekly");
    record.regainingCapacity = addressed("Unlikely: advanced Alzheimer's; the decision cannot wait");
    record.participation = addressed("Visited Elm House with her; used photographs");
    record.lifeSustainingTreatment = {ChecklistStatus::NotApplicable, q("Not a decision about treatment")};
    record.wishesFeelingsBeliefsValues = addressed(
        "Has always said she wants to die at home; Muslim faith matters");
    record.inTheirOwnWords = q("I want to be in my own home with Billy.");
    record.consulted = {{q("Amira Ahmed"), ConsulteeRole::CarerOrInterested, q("Mum would hate a home")},
                        {q("Amira Ahmed"), ConsulteeRole::NamedByPerson, q("As above")}};
    record.notConsulted = {{ConsulteeRole::Attorney, q("There is no lasting power of attorney")},
                           {ConsulteeRole::Deputy, q("There is no deputy")}};
    record.options = {
        {q("Home with four care calls a day and a falls sensor"), true, true, q("Keeps her home and cat")},
        {q("Elm House care home"), false, false, q("Safer from falls; loses her home")}};
    return record;
}

} // namespace

TEST_CASE("a best-interests record with every item addressed, everyone consulted and the least restrictive "
          "option is complete")
{
    const BestInterestsResult result = checkBestInterests(complete());
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Complete);
    CHECK(result.missing.empty());
    CHECK(result.citation == q("MCA 2005 s.4; s.1(6)"));
}

TEST_CASE("each checklist item not addressed is missing, with its subsection")
{
    BestInterestsDecision record = complete();
    record.allRelevantCircumstances = {};
    record.regainingCapacity = {};
    record.participation = {};
    record.lifeSustainingTreatment = {};
    record.wishesFeelingsBeliefsValues = {};
    const BestInterestsResult result = checkBestInterests(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Incomplete);
    for (const char* subsection : {"s.4(2)", "s.4(3)", "s.4(4)", "s.4(5)", "s.4(6)"})
        CHECK(cites(result.missing, q(subsection)));
}

TEST_CASE("an item marked addressed or not applicable must say how, or why")
{
    BestInterestsDecision record = complete();
    record.participation = {ChecklistStatus::Addressed, {}};
    record.lifeSustainingTreatment = {ChecklistStatus::NotApplicable, q(" ")};
    const BestInterestsResult result = checkBestInterests(record);
    INFO(describe(result));
    CHECK(mentions(result.missing, q("Helping them take part: say how this was addressed")));
    CHECK(mentions(result.missing,
                   q("Life-sustaining treatment (not motivated by a desire to bring about their "
                     "death): give the reason")));
    CHECK(result.missing.size() == 2);
}

TEST_CASE("their wishes and feelings must be recorded in their own words")
{
    BestInterestsDecision record = complete();
    record.inTheirOwnWords.clear();
    const BestInterestsResult result = checkBestInterests(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Incomplete);
    CHECK(mentions(result.missing, q("in their own words")));
}

TEST_CASE("each person s.4(7) names is consulted or accounted for, with what they said")
{
    BestInterestsDecision record = complete();
    record.consulted = {{q("Amira Ahmed"), ConsulteeRole::CarerOrInterested, {}}};
    record.notConsulted = {{ConsulteeRole::Attorney, {}}};
    const BestInterestsResult result = checkBestInterests(record);
    INFO(describe(result));
    CHECK(mentions(result.missing, q("Record what Amira Ahmed said")));
    CHECK(cites(result.missing, q("MCA 2005 s.4(7)(a)")));
    CHECK(mentions(result.missing, q("reason for not consulting any attorney")));
    CHECK(cites(result.missing, q("MCA 2005 s.4(7)(d)")));
}

TEST_CASE("a record with no less restrictive option considered is incomplete")
{
    BestInterestsDecision record = complete();
    for (BestInterestsOption& option : record.options)
        option.leastRestrictive = false;
    const BestInterestsResult result = checkBestInterests(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Incomplete);
    CHECK(cites(result.missing, q("MCA 2005 s.1(6)")));
}

TEST_CASE("choosing a more restrictive option needs the reason the less restrictive one was not chosen")
{
    BestInterestsDecision record = complete();
    record.options[0].chosen = false;
    record.options[1].chosen = true;
    CHECK(mentions(checkBestInterests(record).missing, q("why the less restrictive option was not chosen")));
    record.whyNotLeastRestrictive = q("Four falls in a month with care calls in place");
    CHECK(checkBestInterests(record).status == RecordStatus::Complete);
}

TEST_CASE("the options considered and the one chosen are recorded")
{
    BestInterestsDecision record = complete();
    record.options[1].chosen = true;
    CHECK(mentions(checkBestInterests(record).missing, q("Mark the one option chosen")));
    record.options.clear();
    CHECK(mentions(checkBestInterests(record).missing, q("Record the options considered")));
}

TEST_CASE("the decision, the decision maker and the date are recorded")
{
    BestInterestsDecision record = complete();
    record.decision.clear();
    record.decisionMaker.clear();
    record.decidedOn = QDate();
    const BestInterestsResult result = checkBestInterests(record);
    CHECK(mentions(result.missing, q("Name the decision.")));
    CHECK(mentions(result.missing, q("Name the decision maker")));
    CHECK(mentions(result.missing, q("when the decision was made")));
}

TEST_CASE("a best-interests decision for someone with capacity for it is flagged, and one without an "
          "assessment is incomplete")
{
    BestInterestsDecision record = complete();
    record.lacksCapacityForDecision = YesNoUnknown::No;
    const BestInterestsResult capable = checkBestInterests(record);
    CHECK(capable.status == RecordStatus::Flagged);
    CHECK(mentions(capable.flags, q("theirs to make")));

    record.lacksCapacityForDecision = YesNoUnknown::NotKnown;
    const BestInterestsResult unassessed = checkBestInterests(record);
    CHECK(unassessed.status == RecordStatus::Incomplete);
    CHECK(mentions(unassessed.missing, q("capacity assessment")));
}

TEST_CASE("a best-interests decision resting on age, appearance, a condition or behaviour is flagged")
{
    BestInterestsDecision record = complete();
    record.reliesOn = {UnjustifiedBasis::Age, UnjustifiedBasis::Behaviour};
    const BestInterestsResult result = checkBestInterests(record);
    INFO(describe(result));
    CHECK(result.status == RecordStatus::Flagged);
    CHECK(cites(result.flags, q("MCA 2005 s.4(1)(a)")));
    CHECK(cites(result.flags, q("MCA 2005 s.4(1)(b)")));
}
