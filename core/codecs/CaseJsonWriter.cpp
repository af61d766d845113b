#include "codecs/CaseJsonWriter.h"

#include "codecs/CaseFormat.h"
#include "model/CheckVocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace alongside::core {

namespace {

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Always with the offset the moment was recorded with, so a reader anywhere gets the same
// instant and the practitioner's clock time ("Z" for UTC, else ±HH:MM).
QJsonValue dateTime(const QDateTime& value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    return value.toOffsetFromUtc(value.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonValue timeOfDay(const QTime& value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    return value.toString(value.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

QJsonValue positionOf(qint64 id, const std::vector<qint64>& ids)
{
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (id != 0 && ids[i] == id)
            return static_cast<qint64>(i);
    }
    return QJsonValue::Null;
}

QJsonObject personToJson(const Person& person)
{
    QJsonArray importantPeople;
    for (const ImportantPerson& important : person.importantPeople) {
        importantPeople.append(QJsonObject{
            {QStringLiteral("name"), important.name},
            {QStringLiteral("relationship"), important.relationship},
            {QStringLiteral("involvement"), storageCode(important.involvement)},
            {QStringLiteral("contact"), important.contact},
        });
    }
    QJsonArray representatives;
    for (const LegalRepresentative& representative : person.legalRepresentatives) {
        representatives.append(QJsonObject{
            {QStringLiteral("kind"), storageCode(representative.kind)},
            {QStringLiteral("name"), representative.name},
            {QStringLiteral("contact"), representative.contact},
            {QStringLiteral("covers"), QJsonArray::fromStringList(storageCodes(representative.covers))},
            {QStringLiteral("authorityNote"), representative.authorityNote},
        });
    }
    const CommunicationNeeds& needs = person.communication;
    return {
        {QStringLiteral("givenName"), person.givenName},
        {QStringLiteral("familyName"), person.familyName},
        {QStringLiteral("preferredName"), person.preferredName},
        {QStringLiteral("dateOfBirth"), date(person.dateOfBirth)},
        {QStringLiteral("nhsNumber"), person.nhsNumber},
        {QStringLiteral("address"), person.address},
        {QStringLiteral("phone"), person.phone},
        {QStringLiteral("email"), person.email},
        {QStringLiteral("communication"),
         QJsonObject{
             {QStringLiteral("language"), needs.language},
             {QStringLiteral("needsInterpreter"), needs.needsInterpreter},
             {QStringLiteral("hearing"), needs.hearing},
             {QStringLiteral("sight"), needs.sight},
             {QStringLiteral("learningDisability"), needs.learningDisability},
             {QStringLiteral("preferredWayOfTalking"), needs.preferredWayOfTalking},
         }},
        {QStringLiteral("importantPeople"), importantPeople},
        {QStringLiteral("legalRepresentatives"), representatives},
        {QStringLiteral("gender"), person.gender},
        {QStringLiteral("ethnicity"), person.ethnicity},
        {QStringLiteral("primarySupportReason"), person.primarySupportReason},
        {QStringLiteral("autismCondition"), person.autismCondition},
    };
}

QJsonObject concernToJson(const Concern& concern)
{
    return {
        {QStringLiteral("receivedOn"), date(concern.receivedOn)},
        {QStringLiteral("receivedTime"), timeOfDay(concern.receivedTime)},
        {QStringLiteral("raisedByRole"), concern.raisedByRole},
        {QStringLiteral("raisedByName"), concern.raisedByName},
        {QStringLiteral("whatWasReported"), concern.whatWasReported},
        {QStringLiteral("riskTypes"), QJsonArray::fromStringList(concern.riskTypes)},
        {QStringLiteral("locationsOfRisk"), QJsonArray::fromStringList(concern.locationsOfRisk)},
        {QStringLiteral("sourcesOfRisk"), QJsonArray::fromStringList(concern.sourcesOfRisk)},
        {QStringLiteral("personKnows"), storageCode(concern.personKnows)},
        {QStringLiteral("personsView"), concern.personsView},
        {QStringLiteral("childrenAtRisk"), storageCode(concern.childrenAtRisk)},
        {QStringLiteral("otherAdultsAtRisk"), storageCode(concern.otherAdultsAtRisk)},
    };
}

QJsonValue section42ToJson(const std::optional<Section42Decision>& section42)
{
    if (!section42)
        return QJsonValue::Null;
    const Section42Decision& d = *section42;
    return QJsonObject{
        {QStringLiteral("hasCareAndSupportNeeds"), storageCode(d.hasCareAndSupportNeeds)},
        {QStringLiteral("careAndSupportNeedsReason"), d.careAndSupportNeedsReason},
        {QStringLiteral("experiencingOrAtRiskOfAbuse"), storageCode(d.experiencingOrAtRiskOfAbuse)},
        {QStringLiteral("abuseReason"), d.abuseReason},
        {QStringLiteral("unableToProtectThemselves"), storageCode(d.unableToProtectThemselves)},
        {QStringLiteral("unableToProtectReason"), d.unableToProtectReason},
        {QStringLiteral("decision"), storageCode(d.decision)},
        {QStringLiteral("responseGiven"), d.responseGiven},
        {QStringLiteral("decidedOn"), date(d.decidedOn)},
        {QStringLiteral("decidedBy"), d.decidedBy},
    };
}

QJsonObject outcomeToJson(const DesiredOutcome& outcome)
{
    QJsonArray revisions;
    for (const OutcomeRevision& revision : outcome.revisions) {
        revisions.append(QJsonObject{
            {QStringLiteral("recordedOn"), date(revision.recordedOn)},
            {QStringLiteral("wording"), revision.wording},
            {QStringLiteral("context"), revision.context},
        });
    }
    QJsonValue achievement = QJsonValue::Null;
    if (outcome.achievement) {
        achievement = QJsonObject{
            {QStringLiteral("achieved"), storageCode(outcome.achievement->achieved)},
            {QStringLiteral("why"), outcome.achievement->why},
            {QStringLiteral("letterWhy"), outcome.achievement->letterWhy},
            {QStringLiteral("recordedOn"), date(outcome.achievement->recordedOn)},
        };
    }
    return {
        {QStringLiteral("voice"), storageCode(outcome.voice)},
        {QStringLiteral("revisions"), revisions},
        {QStringLiteral("letterWording"), outcome.letterWording},
        {QStringLiteral("achievement"), achievement},
    };
}

QJsonObject conversationToJson(const Conversation& conversation)
{
    QJsonArray tookPartHow;
    for (const Participation how : conversation.tookPartHow)
        tookPartHow.append(storageCode(how));
    return {
        {QStringLiteral("heldAt"), dateTime(conversation.heldAt)},
        {QStringLiteral("place"), conversation.place},
        {QStringLiteral("present"), QJsonArray::fromStringList(conversation.present)},
        {QStringLiteral("seenAlone"), conversation.seenAlone},
        {QStringLiteral("notAloneReason"), conversation.notAloneReason},
        {QStringLiteral("aloneConversationPlannedFor"), date(conversation.aloneConversationPlannedFor)},
        {QStringLiteral("tookPartHow"), tookPartHow},
        {QStringLiteral("notes"), conversation.notes},
        {QStringLiteral("personsWords"), QJsonArray::fromStringList(conversation.personsWords)},
        {QStringLiteral("author"), conversation.author},
        {QStringLiteral("writtenAt"), dateTime(conversation.writtenAt)},
    };
}

QJsonValue closureToJson(const std::optional<Closure>& closure)
{
    if (!closure)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("closedOn"), date(closure->closedOn)},
        {QStringLiteral("feelsSafer"), storageCode(closure->feelsSafer)},
        {QStringLiteral("riskAssessmentOutcome"), closure->riskAssessmentOutcome},
        {QStringLiteral("riskOutcome"), closure->riskOutcome},
        {QStringLiteral("whatHappensNext"), closure->whatHappensNext},
        {QStringLiteral("experience"),
         QJsonObject{
             {QStringLiteral("answeredBy"), storageCode(closure->experience.answeredBy)},
             {QStringLiteral("listenedTo"), storageCode(closure->experience.listenedTo)},
             {QStringLiteral("involved"), storageCode(closure->experience.involved)},
         }},
        {QStringLiteral("letterNext"), closure->letterNext},
    };
}

} // namespace

QJsonObject caseToJson(const CaseRecord& record)
{
    std::vector<qint64> outcomeIds;
    QJsonArray outcomes;
    for (const DesiredOutcome& outcome : record.outcomes) {
        outcomeIds.push_back(outcome.id);
        outcomes.append(outcomeToJson(outcome));
    }
    QJsonArray conversations;
    for (const Conversation& conversation : record.conversations)
        conversations.append(conversationToJson(conversation));
    QJsonArray actions;
    for (const PlanAction& action : record.actions) {
        actions.append(QJsonObject{
            {QStringLiteral("outcome"), positionOf(action.outcomeId, outcomeIds)},
            {QStringLiteral("who"), action.who},
            {QStringLiteral("what"), action.what},
            {QStringLiteral("letterWording"), action.letterWording},
            {QStringLiteral("dueOn"), date(action.dueOn)},
            {QStringLiteral("doneOn"), date(action.doneOn)},
            {QStringLiteral("noLongerNeededOn"), date(action.noLongerNeededOn)},
            {QStringLiteral("endedWhy"), action.endedWhy},
        });
    }
    std::vector<qint64> conversationIds;
    for (const Conversation& conversation : record.conversations)
        conversationIds.push_back(conversation.id);
    std::vector<qint64> noteIds;
    for (const CaseNote& note : record.notes)
        noteIds.push_back(note.id);
    QJsonArray notes;
    for (const CaseNote& note : record.notes) {
        notes.append(QJsonObject{
            {QStringLiteral("writtenAt"), dateTime(note.writtenAt)},
            {QStringLiteral("author"), note.author},
            {QStringLiteral("body"), note.body},
            {QStringLiteral("addendumTo"), positionOf(note.addendumTo, noteIds)},
            {QStringLiteral("aboutConversation"), positionOf(note.aboutConversation, conversationIds)},
        });
    }
    return {
        {QStringLiteral("reference"), record.reference},
        {QStringLiteral("person"), personToJson(record.person)},
        {QStringLiteral("concern"), concernToJson(record.concern)},
        {QStringLiteral("section42"), section42ToJson(record.section42)},
        {QStringLiteral("mspAsked"), record.mspAsked},
        {QStringLiteral("outcomes"), outcomes},
        {QStringLiteral("conversations"), conversations},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("closure"), closureToJson(record.closure)},
    };
}

QJsonObject caseFileToJson(const std::vector<CaseRecord>& records)
{
    QJsonArray cases;
    for (const CaseRecord& record : records)
        cases.append(caseToJson(record));
    return {
        {QStringLiteral("format"), QString(caseformat::kFormatName)},
        {QStringLiteral("version"), caseformat::kVersion1},
        {QStringLiteral("cases"), cases},
    };
}

QByteArray caseFileText(const std::vector<CaseRecord>& records)
{
    // QJsonObject keeps its keys sorted, so the text is the same whatever order they were added.
    return QJsonDocument(caseFileToJson(records)).toJson(QJsonDocument::Indented);
}

} // namespace alongside::core
