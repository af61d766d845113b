#include "CaseRecordChecks.h"

#include "support/Catch.h"

using namespace alongside::core;

namespace alongside::test {

void checkSamePerson(const Person& loaded, const Person& written)
{
    CHECK(loaded.id != 0);
    CHECK(loaded.givenName == written.givenName);
    CHECK(loaded.familyName == written.familyName);
    CHECK(loaded.preferredName == written.preferredName);
    CHECK(loaded.dateOfBirth == written.dateOfBirth);
    CHECK(loaded.nhsNumber == written.nhsNumber);
    CHECK(loaded.address == written.address);
    CHECK(loaded.phone == written.phone);
    CHECK(loaded.email == written.email);
    CHECK(loaded.communication.language == written.communication.language);
    CHECK(loaded.communication.needsInterpreter == written.communication.needsInterpreter);
    CHECK(loaded.communication.hearing == written.communication.hearing);
    CHECK(loaded.communication.sight == written.communication.sight);
    CHECK(loaded.communication.learningDisability == written.communication.learningDisability);
    CHECK(loaded.communication.preferredWayOfTalking == written.communication.preferredWayOfTalking);
    REQUIRE(loaded.importantPeople.size() == written.importantPeople.size());
    for (std::size_t i = 0; i < written.importantPeople.size(); ++i) {
        CHECK(loaded.importantPeople[i].name == written.importantPeople[i].name);
        CHECK(loaded.importantPeople[i].relationship == written.importantPeople[i].relationship);
        CHECK(loaded.importantPeople[i].involvement == written.importantPeople[i].involvement);
        CHECK(loaded.importantPeople[i].contact == written.importantPeople[i].contact);
    }
    REQUIRE(loaded.legalRepresentatives.size() == written.legalRepresentatives.size());
    for (std::size_t i = 0; i < written.legalRepresentatives.size(); ++i) {
        CHECK(loaded.legalRepresentatives[i].kind == written.legalRepresentatives[i].kind);
        CHECK(loaded.legalRepresentatives[i].name == written.legalRepresentatives[i].name);
        CHECK(loaded.legalRepresentatives[i].contact == written.legalRepresentatives[i].contact);
        CHECK(loaded.legalRepresentatives[i].covers == written.legalRepresentatives[i].covers);
        CHECK(loaded.legalRepresentatives[i].authorityNote == written.legalRepresentatives[i].authorityNote);
    }
}

void checkSameConcern(const Concern& loaded, const Concern& written)
{
    CHECK(loaded.receivedOn == written.receivedOn);
    CHECK(loaded.receivedTime == written.receivedTime);
    CHECK(loaded.raisedByRole == written.raisedByRole);
    CHECK(loaded.raisedByName == written.raisedByName);
    CHECK(loaded.whatWasReported == written.whatWasReported);
    CHECK(loaded.riskTypes == written.riskTypes);
    CHECK(loaded.locationsOfRisk == written.locationsOfRisk);
    CHECK(loaded.sourcesOfRisk == written.sourcesOfRisk);
    CHECK(loaded.personKnows == written.personKnows);
    CHECK(loaded.personsView == written.personsView);
    CHECK(loaded.childrenAtRisk == written.childrenAtRisk);
    CHECK(loaded.otherAdultsAtRisk == written.otherAdultsAtRisk);
}

void checkSameDecision(const Section42Decision& loaded, const Section42Decision& written)
{
    CHECK(loaded.hasCareAndSupportNeeds == written.hasCareAndSupportNeeds);
    CHECK(loaded.careAndSupportNeedsReason == written.careAndSupportNeedsReason);
    CHECK(loaded.experiencingOrAtRiskOfAbuse == written.experiencingOrAtRiskOfAbuse);
    CHECK(loaded.abuseReason == written.abuseReason);
    CHECK(loaded.unableToProtectThemselves == written.unableToProtectThemselves);
    CHECK(loaded.unableToProtectReason == written.unableToProtectReason);
    CHECK(loaded.decision == written.decision);
    CHECK(loaded.responseGiven == written.responseGiven);
    CHECK(loaded.decidedOn == written.decidedOn);
    CHECK(loaded.decidedBy == written.decidedBy);
}

void checkSameOutcome(const DesiredOutcome& loaded, const DesiredOutcome& written)
{
    CHECK(loaded.id != 0);
    CHECK(loaded.voice == written.voice);
    REQUIRE(loaded.revisions.size() == written.revisions.size());
    for (std::size_t i = 0; i < written.revisions.size(); ++i) {
        CHECK(loaded.revisions[i].recordedOn == written.revisions[i].recordedOn);
        CHECK(loaded.revisions[i].wording == written.revisions[i].wording);
        CHECK(loaded.revisions[i].context == written.revisions[i].context);
    }
    REQUIRE(loaded.achievement.has_value() == written.achievement.has_value());
    if (written.achievement) {
        CHECK(loaded.achievement->achieved == written.achievement->achieved);
        CHECK(loaded.achievement->why == written.achievement->why);
        CHECK(loaded.achievement->recordedOn == written.achievement->recordedOn);
    }
}

void checkSameConversation(const Conversation& loaded, const Conversation& written)
{
    CHECK(loaded.id != 0);
    CHECK(loaded.heldAt == written.heldAt);
    CHECK(loaded.place == written.place);
    CHECK(loaded.present == written.present);
    CHECK(loaded.seenAlone == written.seenAlone);
    CHECK(loaded.notAloneReason == written.notAloneReason);
    CHECK(loaded.aloneConversationPlannedFor == written.aloneConversationPlannedFor);
    CHECK(loaded.tookPartHow == written.tookPartHow);
    CHECK(loaded.notes == written.notes);
    CHECK(loaded.personsWords == written.personsWords);
    CHECK(loaded.author == written.author);
    CHECK(loaded.writtenAt == written.writtenAt);
}

} // namespace alongside::test
