// Writing capacity and best-interests records and the person's wishes as check input
// (docs/checks.md), the mirror of RecordReaders.cpp.

#include "codecs/CheckInputWriter.h"
#include "codecs/CheckJsonValues.h"

#include "model/CheckVocabulary.h"

#include <QJsonArray>

namespace alongside::core {

using namespace checkjson;

namespace {

QJsonObject functionalToJson(const FunctionalFinding& finding)
{
    QJsonObject object;
    putAnswer(object, QStringLiteral("unable"), finding.unable);
    putText(object, QStringLiteral("evidence"), finding.evidence);
    return object;
}

void putItem(QJsonObject& checklist, const QString& key, const ChecklistItem& item)
{
    if (item.status == ChecklistStatus::NotAddressed && item.note.isEmpty())
        return;
    QJsonObject object;
    object.insert(QStringLiteral("status"), storageCode(item.status));
    putText(object, QStringLiteral("note"), item.note);
    checklist.insert(key, object);
}

QJsonObject factorToJson(const OverridingFactor& factor)
{
    QJsonObject object;
    putAnswer(object, QStringLiteral("present"), factor.present);
    putText(object, QStringLiteral("why"), factor.why);
    return object;
}

} // namespace

QJsonObject capacityToJson(const CapacityAssessment& record)
{
    QJsonObject object;
    putText(object, QStringLiteral("decision"), record.decision);
    putDate(object, QStringLiteral("assessedOn"), record.assessedOn);
    putText(object, QStringLiteral("assessor"), record.assessor);
    putTexts(object, QStringLiteral("practicableSteps"), record.practicableSteps);
    putText(object, QStringLiteral("relevantInformation"), record.relevantInformation);
    const FunctionalTest& test = record.functionalTest;
    QJsonObject functional;
    putObject(functional, QStringLiteral("understand"), functionalToJson(test.understand));
    putObject(functional, QStringLiteral("retain"), functionalToJson(test.retain));
    putObject(functional, QStringLiteral("useOrWeigh"), functionalToJson(test.useOrWeigh));
    putObject(functional, QStringLiteral("communicate"), functionalToJson(test.communicate));
    putDateTime(functional, QStringLiteral("recordedAt"), test.recordedAt);
    putObject(object, QStringLiteral("functionalTest"), functional);
    QJsonObject nexus;
    putText(nexus, QStringLiteral("impairment"), record.causativeNexus.impairment);
    putText(nexus, QStringLiteral("howItCausesInability"), record.causativeNexus.howItCausesInability);
    putDateTime(nexus, QStringLiteral("recordedAt"), record.causativeNexus.recordedAt);
    putObject(object, QStringLiteral("causativeNexus"), nexus);
    object.insert(QStringLiteral("conclusion"), storageCode(record.conclusion));
    putArray(object, QStringLiteral("reliesOn"), codeArray(record.reliesOn));
    return object;
}

QJsonObject bestInterestsToJson(const BestInterestsDecision& record)
{
    QJsonObject object;
    putText(object, QStringLiteral("decision"), record.decision);
    putText(object, QStringLiteral("decisionMaker"), record.decisionMaker);
    putDate(object, QStringLiteral("decidedOn"), record.decidedOn);
    putAnswer(object, QStringLiteral("lacksCapacityForDecision"), record.lacksCapacityForDecision);
    QJsonObject checklist;
    putItem(checklist, QStringLiteral("allRelevantCircumstances"), record.allRelevantCircumstances);
    putItem(checklist, QStringLiteral("regainingCapacity"), record.regainingCapacity);
    putItem(checklist, QStringLiteral("participation"), record.participation);
    putItem(checklist, QStringLiteral("lifeSustainingTreatment"), record.lifeSustainingTreatment);
    putItem(checklist, QStringLiteral("wishesFeelingsBeliefsValues"), record.wishesFeelingsBeliefsValues);
    putObject(object, QStringLiteral("checklist"), checklist);
    putText(object, QStringLiteral("inTheirOwnWords"), record.inTheirOwnWords);
    QJsonArray consulted;
    for (const Consultee& consultee : record.consulted) {
        QJsonObject entry;
        putText(entry, QStringLiteral("name"), consultee.name);
        entry.insert(QStringLiteral("role"), storageCode(consultee.role));
        putText(entry, QStringLiteral("views"), consultee.views);
        consulted.append(entry);
    }
    putArray(object, QStringLiteral("consulted"), consulted);
    QJsonArray notConsulted;
    for (const ConsultationGap& gap : record.notConsulted) {
        QJsonObject entry;
        entry.insert(QStringLiteral("role"), storageCode(gap.role));
        putText(entry, QStringLiteral("reason"), gap.reason);
        notConsulted.append(entry);
    }
    putArray(object, QStringLiteral("notConsulted"), notConsulted);
    QJsonArray options;
    for (const BestInterestsOption& option : record.options) {
        QJsonObject entry;
        putText(entry, QStringLiteral("description"), option.description);
        putFlag(entry, QStringLiteral("leastRestrictive"), option.leastRestrictive);
        putFlag(entry, QStringLiteral("chosen"), option.chosen);
        putText(entry, QStringLiteral("considerations"), option.considerations);
        options.append(entry);
    }
    putArray(object, QStringLiteral("options"), options);
    putText(object, QStringLiteral("whyNotLeastRestrictive"), record.whyNotLeastRestrictive);
    putArray(object, QStringLiteral("reliesOn"), codeArray(record.reliesOn));
    return object;
}

QJsonObject wishesToJson(const WishesSituation& situation)
{
    QJsonObject object;
    object.insert(QStringLiteral("wish"), storageCode(situation.wish));
    putText(object, QStringLiteral("inTheirOwnWords"), situation.inTheirOwnWords);
    putAnswer(object, QStringLiteral("capacityForDecision"), situation.capacityForDecision);
    putAnswer(object, QStringLiteral("seenAlone"), situation.seenAlone);
    putObject(object, QStringLiteral("othersAtRisk"), factorToJson(situation.othersAtRisk));
    putObject(object, QStringLiteral("seriousCrime"), factorToJson(situation.seriousCrime));
    putObject(object, QStringLiteral("positionOfTrust"), factorToJson(situation.positionOfTrust));
    putObject(object, QStringLiteral("coercion"), factorToJson(situation.coercion));
    putObject(object, QStringLiteral("publicInterest"), factorToJson(situation.publicInterest));
    putAnswer(object, QStringLiteral("personTold"), situation.personTold);
    putText(object, QStringLiteral("notToldBecause"), situation.notToldBecause);
    putFlag(object, QStringLiteral("closing"), situation.closing);
    return object;
}

} // namespace alongside::core
