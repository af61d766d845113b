#include "storage/repositories/RecordFields.h"

#include "model/CheckVocabulary.h"
#include "storage/repositories/StoredValues.h"

#include <QStringList>

namespace alongside::core {

namespace {

using stored::shown;

QString f(const char* name)
{
    return QString::fromLatin1(name);
}

QString importantPeople(const std::vector<ImportantPerson>& people)
{
    QStringList shownPeople;
    for (const ImportantPerson& p : people)
        shownPeople << QStringLiteral("%1 (%2; %3; %4)")
                           .arg(p.name, p.relationship, storageCode(p.involvement), p.contact);
    return shownPeople.join(QStringLiteral("; "));
}

QString legalRepresentatives(const std::vector<LegalRepresentative>& representatives)
{
    QStringList shownRepresentatives;
    for (const LegalRepresentative& r : representatives)
        shownRepresentatives << QStringLiteral("%1 (%2; %3; covers: %4; %5)")
                                    .arg(r.name, storageCode(r.kind), r.contact,
                                         storageCodes(r.covers).join(QStringLiteral(", ")), r.authorityNote);
    return shownRepresentatives.join(QStringLiteral("; "));
}

QString participation(const std::vector<Participation>& ways)
{
    QStringList codes;
    for (const Participation way : ways)
        codes << storageCode(way);
    return codes.join(QStringLiteral(", "));
}

} // namespace

RecordFields fieldsOf(const Person& person)
{
    const CommunicationNeeds& c = person.communication;
    return {
        {f("given name"), person.givenName},
        {f("family name"), person.familyName},
        {f("name they like to be called"), person.preferredName},
        {f("date of birth"), shown(person.dateOfBirth)},
        {f("NHS number"), person.nhsNumber},
        {f("address"), person.address},
        {f("phone"), person.phone},
        {f("email"), person.email},
        {f("language"), c.language},
        {f("needs an interpreter"), shown(c.needsInterpreter)},
        {f("hearing"), c.hearing},
        {f("sight"), c.sight},
        {f("learning disability"), shown(c.learningDisability)},
        {f("preferred way of talking"), c.preferredWayOfTalking},
        {f("people important to them"), importantPeople(person.importantPeople)},
        {f("legal representatives"), legalRepresentatives(person.legalRepresentatives)},
        {f("gender (SAC)"), person.gender},
        {f("ethnicity (SAC)"), person.ethnicity},
        {f("primary support reason (SAC)"), person.primarySupportReason},
        {f("autism (SAC SG1e)"), person.autismCondition},
    };
}

RecordFields fieldsOf(const Concern& concern)
{
    return {
        {f("date received"), shown(concern.receivedOn)},
        {f("time received"), shown(concern.receivedTime)},
        {f("raised by (role)"), concern.raisedByRole},
        {f("raised by (name)"), concern.raisedByName},
        {f("what was reported"), concern.whatWasReported},
        {f("type of risk"), concern.riskTypes.join(QStringLiteral("; "))},
        {f("location of risk"), concern.locationsOfRisk.join(QStringLiteral("; "))},
        {f("source of risk"), concern.sourcesOfRisk.join(QStringLiteral("; "))},
        {f("person knows"), storageCode(concern.personKnows)},
        {f("person's view"), concern.personsView},
        {f("children at risk"), storageCode(concern.childrenAtRisk)},
        {f("other adults at risk"), storageCode(concern.otherAdultsAtRisk)},
    };
}

RecordFields fieldsOf(const Section42Decision& d)
{
    return {
        {f("has care and support needs"), storageCode(d.hasCareAndSupportNeeds)},
        {f("care and support needs: reason"), d.careAndSupportNeedsReason},
        {f("experiencing or at risk of abuse"), storageCode(d.experiencingOrAtRiskOfAbuse)},
        {f("abuse: reason"), d.abuseReason},
        {f("unable to protect themselves"), storageCode(d.unableToProtectThemselves)},
        {f("unable to protect: reason"), d.unableToProtectReason},
        {f("decision"), storageCode(d.decision)},
        {f("response given"), d.responseGiven},
        {f("date decided"), shown(d.decidedOn)},
        {f("decided by"), d.decidedBy},
    };
}

RecordFields fieldsOf(const OutcomeRevision& revision)
{
    return {
        {f("wording"), revision.wording},
        {f("wording recorded on"), shown(revision.recordedOn)},
        {f("context"), revision.context},
    };
}

RecordFields fieldsOf(const OutcomeAchievement& achievement)
{
    return {
        {f("achieved"), storageCode(achievement.achieved)},
        {f("why"), achievement.why},
        {f("achievement recorded on"), shown(achievement.recordedOn)},
    };
}

RecordFields fieldsOf(const Conversation& c)
{
    return {
        {f("held at"), shown(c.heldAt)},
        {f("place"), c.place},
        {f("present"), c.present.join(QStringLiteral("; "))},
        {f("seen alone"), shown(c.seenAlone)},
        {f("why not alone"), c.notAloneReason},
        {f("alone conversation planned for"), shown(c.aloneConversationPlannedFor)},
        {f("took part"), participation(c.tookPartHow)},
        {f("notes"), c.notes},
        {f("the person's words"), c.personsWords.join(QStringLiteral(" / "))},
    };
}

RecordFields fieldsOf(const PlanAction& action)
{
    return {
        {f("who"), action.who},
        {f("what"), action.what},
        {f("serves outcome"), action.outcomeId ? QString::number(action.outcomeId) : QString()},
        {f("due on"), shown(action.dueOn)},
        {f("done on"), shown(action.doneOn)},
        {f("no longer needed on"), shown(action.noLongerNeededOn)},
        {f("how it went or why it ended"), action.endedWhy},
    };
}

RecordFields fieldsOf(const Closure& closure)
{
    return {
        {f("date closed"), shown(closure.closedOn)},
        {f("feels safer"), storageCode(closure.feelsSafer)},
        {f("risk assessment outcome"), closure.riskAssessmentOutcome},
        {f("risk outcome"), closure.riskOutcome},
        {f("what happens next"), closure.whatHappensNext},
        {f("experience questions answered by"), storageCode(closure.experience.answeredBy)},
        {f("felt listened to"), storageCode(closure.experience.listenedTo)},
        {f("felt involved"), storageCode(closure.experience.involved)},
    };
}

} // namespace alongside::core
