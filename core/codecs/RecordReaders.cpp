// Reading capacity and best-interests records and the person's wishes (docs/checks.md).

#include "codecs/CheckInputParts.h"
#include "codecs/CheckInputText.h"

#include "model/CheckVocabulary.h"

namespace alongside::core::checkinput {

namespace {

FunctionalFinding readFunctional(CheckFields& fields, const QString& key)
{
    FunctionalFinding finding;
    fields.object(key, [&finding](CheckFields& part) {
        finding.unable = part.answer(QStringLiteral("unable"));
        finding.evidence = part.text(QStringLiteral("evidence"));
    });
    return finding;
}

ChecklistItem readItem(CheckFields& fields, const QString& key)
{
    ChecklistItem item;
    fields.object(key, [&item](CheckFields& entry) {
        item.status = entry
                          .code<ChecklistStatus>(QStringLiteral("status"),
                                                 CheckInputText::tr("checklist status"), Presence::Required)
                          .value_or(ChecklistStatus::NotAddressed);
        item.note = entry.text(QStringLiteral("note"));
    });
    return item;
}

ConsulteeRole readRole(CheckFields& fields)
{
    return fields
        .code<ConsulteeRole>(QStringLiteral("role"), CheckInputText::tr("consultee role"), Presence::Required)
        .value_or(ConsulteeRole::CarerOrInterested);
}

OverridingFactor readFactor(CheckFields& fields, const QString& key)
{
    OverridingFactor factor;
    fields.object(key, [&factor](CheckFields& entry) {
        factor.present = entry.answer(QStringLiteral("present"));
        factor.why = entry.text(QStringLiteral("why"));
    });
    return factor;
}

} // namespace

CapacityAssessment readCapacity(CheckFields& fields)
{
    CapacityAssessment record;
    record.decision = fields.text(QStringLiteral("decision"));
    record.assessedOn = fields.date(QStringLiteral("assessedOn"));
    record.assessor = fields.text(QStringLiteral("assessor"));
    record.practicableSteps = fields.texts(QStringLiteral("practicableSteps"));
    record.relevantInformation = fields.text(QStringLiteral("relevantInformation"));
    fields.object(QStringLiteral("functionalTest"), [&record](CheckFields& test) {
        record.functionalTest.understand = readFunctional(test, QStringLiteral("understand"));
        record.functionalTest.retain = readFunctional(test, QStringLiteral("retain"));
        record.functionalTest.useOrWeigh = readFunctional(test, QStringLiteral("useOrWeigh"));
        record.functionalTest.communicate = readFunctional(test, QStringLiteral("communicate"));
        record.functionalTest.recordedAt = test.dateTime(QStringLiteral("recordedAt"));
    });
    fields.object(QStringLiteral("causativeNexus"), [&record](CheckFields& nexus) {
        record.causativeNexus.impairment = nexus.text(QStringLiteral("impairment"));
        record.causativeNexus.howItCausesInability = nexus.text(QStringLiteral("howItCausesInability"));
        record.causativeNexus.recordedAt = nexus.dateTime(QStringLiteral("recordedAt"));
    });
    record.conclusion = fields
                            .code<CapacityConclusion>(QStringLiteral("conclusion"),
                                                      CheckInputText::tr("conclusion"))
                            .value_or(CapacityConclusion::NotConcluded);
    record.reliesOn = fields.codes<UnjustifiedBasis>(QStringLiteral("reliesOn"),
                                                     CheckInputText::tr("ground"));
    return record;
}

BestInterestsDecision readBestInterests(CheckFields& fields)
{
    BestInterestsDecision record;
    record.decision = fields.text(QStringLiteral("decision"));
    record.decisionMaker = fields.text(QStringLiteral("decisionMaker"));
    record.decidedOn = fields.date(QStringLiteral("decidedOn"));
    record.lacksCapacityForDecision = fields.answer(QStringLiteral("lacksCapacityForDecision"));
    fields.object(QStringLiteral("checklist"), [&record](CheckFields& checklist) {
        record.allRelevantCircumstances = readItem(checklist, QStringLiteral("allRelevantCircumstances"));
        record.regainingCapacity = readItem(checklist, QStringLiteral("regainingCapacity"));
        record.participation = readItem(checklist, QStringLiteral("participation"));
        record.lifeSustainingTreatment = readItem(checklist, QStringLiteral("lifeSustainingTreatment"));
        record.wishesFeelingsBeliefsValues = readItem(checklist,
                                                      QStringLiteral("wishesFeelingsBeliefsValues"));
    });
    record.inTheirOwnWords = fields.text(QStringLiteral("inTheirOwnWords"));
    fields.objects(QStringLiteral("consulted"), [&record](CheckFields& entry) {
        Consultee consultee;
        consultee.name = entry.text(QStringLiteral("name"));
        consultee.role = readRole(entry);
        consultee.views = entry.text(QStringLiteral("views"));
        record.consulted.push_back(consultee);
    });
    fields.objects(QStringLiteral("notConsulted"), [&record](CheckFields& entry) {
        ConsultationGap gap;
        gap.role = readRole(entry);
        gap.reason = entry.text(QStringLiteral("reason"));
        record.notConsulted.push_back(gap);
    });
    fields.objects(QStringLiteral("options"), [&record](CheckFields& entry) {
        BestInterestsOption option;
        option.description = entry.text(QStringLiteral("description"));
        option.leastRestrictive = entry.flag(QStringLiteral("leastRestrictive"));
        option.chosen = entry.flag(QStringLiteral("chosen"));
        option.considerations = entry.text(QStringLiteral("considerations"));
        record.options.push_back(option);
    });
    record.whyNotLeastRestrictive = fields.text(QStringLiteral("whyNotLeastRestrictive"));
    // s.4(1) names age, appearance, a condition and behaviour; an unwise decision is a capacity matter.
    QStringList grounds = allStorageCodes<UnjustifiedBasis>();
    grounds.removeAll(storageCode(UnjustifiedBasis::UnwiseDecision));
    record.reliesOn = fields.codes<UnjustifiedBasis>(QStringLiteral("reliesOn"), CheckInputText::tr("ground"),
                                                     grounds);
    return record;
}

WishesSituation readWishes(CheckFields& fields)
{
    WishesSituation situation;
    situation.wish = fields.code<PersonsWish>(QStringLiteral("wish"), CheckInputText::tr("wish"))
                         .value_or(PersonsWish::NotKnown);
    situation.inTheirOwnWords = fields.text(QStringLiteral("inTheirOwnWords"));
    situation.capacityForDecision = fields.answer(QStringLiteral("capacityForDecision"));
    situation.seenAlone = fields.answer(QStringLiteral("seenAlone"));
    situation.othersAtRisk = readFactor(fields, QStringLiteral("othersAtRisk"));
    situation.seriousCrime = readFactor(fields, QStringLiteral("seriousCrime"));
    situation.positionOfTrust = readFactor(fields, QStringLiteral("positionOfTrust"));
    situation.coercion = readFactor(fields, QStringLiteral("coercion"));
    situation.publicInterest = readFactor(fields, QStringLiteral("publicInterest"));
    situation.personTold = fields.answer(QStringLiteral("personTold"));
    situation.notToldBecause = fields.text(QStringLiteral("notToldBecause"));
    situation.closing = fields.flag(QStringLiteral("closing"));
    return situation;
}

} // namespace alongside::core::checkinput
