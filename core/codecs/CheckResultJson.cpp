#include "codecs/CheckResultJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace alongside::core {

namespace {

QJsonArray points(const CitedPoints& list)
{
    QJsonArray array;
    for (const CitedPoint& point : list)
        array.append(
            QJsonObject{{QStringLiteral("text"), point.text}, {QStringLiteral("citation"), point.citation}});
    return array;
}

// The parts every result shares.
QJsonObject common(const QString& check, const QString& decision, const RuleResult& result)
{
    return QJsonObject{
        {QStringLiteral("check"), check},
        {QStringLiteral("decision"), decision},
        {QStringLiteral("rule"), result.rule},
        {QStringLiteral("citation"), result.citation},
        {QStringLiteral("reasons"), points(result.reasons)},
        {QStringLiteral("missing"), points(result.missing)},
        {QStringLiteral("prompts"), points(result.prompts)},
        {QStringLiteral("flags"), points(result.flags)},
        {QStringLiteral("citations"), QJsonArray::fromStringList(result.citations())},
    };
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString decisionCode(AdvocacyDecision decision)
{
    switch (decision) {
    case AdvocacyDecision::Required:
        return QStringLiteral("required");
    case AdvocacyDecision::NotRequired:
        return QStringLiteral("not-required");
    case AdvocacyDecision::CannotTellYet:
        break;
    }
    return QStringLiteral("cannot-tell-yet");
}

QString decisionCode(ImcaDuty duty)
{
    switch (duty) {
    case ImcaDuty::Must:
        return QStringLiteral("must");
    case ImcaDuty::May:
        return QStringLiteral("may");
    case ImcaDuty::DoesNotApply:
        return QStringLiteral("does-not-apply");
    case ImcaDuty::CannotTellYet:
        break;
    }
    return QStringLiteral("cannot-tell-yet");
}

QString decisionCode(OneAdvocateDecision decision)
{
    switch (decision) {
    case OneAdvocateDecision::SameAdvocateCanActInBoth:
        return QStringLiteral("same-advocate-can-act-in-both");
    case OneAdvocateDecision::DifferentAdvocatesRecorded:
        return QStringLiteral("different-advocates-recorded");
    case OneAdvocateDecision::NotBothIndicated:
        break;
    }
    return QStringLiteral("not-both-indicated");
}

QString decisionCode(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Complete:
        return QStringLiteral("complete");
    case RecordStatus::Flagged:
        return QStringLiteral("flagged");
    case RecordStatus::Incomplete:
        break;
    }
    return QStringLiteral("incomplete");
}

QString decisionCode(WishesDecision decision)
{
    switch (decision) {
    case WishesDecision::WishNotRecorded:
        return QStringLiteral("wish-not-recorded");
    case WishesDecision::WantsAction:
        return QStringLiteral("wants-action");
    case WishesDecision::FactorsToWeigh:
        return QStringLiteral("factors-to-weigh");
    case WishesDecision::FactorsNotYetChecked:
        return QStringLiteral("factors-not-yet-checked");
    case WishesDecision::WishGuides:
        break;
    }
    return QStringLiteral("wish-guides");
}

QString triggerCode(ImcaTrigger trigger)
{
    switch (trigger) {
    case ImcaTrigger::SeriousMedicalTreatment:
        return QStringLiteral("serious-medical-treatment");
    case ImcaTrigger::NhsAccommodation:
        return QStringLiteral("nhs-accommodation");
    case ImcaTrigger::CouncilAccommodation:
        return QStringLiteral("council-accommodation");
    case ImcaTrigger::CareReview:
        return QStringLiteral("care-review");
    case ImcaTrigger::AdultProtection:
        return QStringLiteral("adult-protection");
    case ImcaTrigger::DolsRequest:
        return QStringLiteral("dols-request");
    case ImcaTrigger::DolsRepresentativeGap:
        return QStringLiteral("dols-representative-gap");
    case ImcaTrigger::DolsUnpaidRepresentative:
        break;
    }
    return QStringLiteral("dols-unpaid-representative");
}

QString timingCode(ImcaTiming timing)
{
    switch (timing) {
    case ImcaTiming::Before:
        return QStringLiteral("before");
    case ImcaTiming::NotBeforeUrgentAction:
        return QStringLiteral("not-before-urgent-action");
    case ImcaTiming::AfterArrangementsMade:
        break;
    }
    return QStringLiteral("after-arrangements-made");
}

QJsonObject checkResultJson(const AdvocacyResult& result)
{
    QJsonObject json = common(QStringLiteral("advocacy"), decisionCode(result.decision), result);
    json.insert(QStringLiteral("appropriateIndividual"), textOrNull(result.appropriateIndividual));
    return json;
}

QJsonObject checkResultJson(const ImcaResult& result)
{
    QJsonObject json = common(QStringLiteral("imca"), decisionCode(result.duty), result);
    QJsonArray triggers;
    for (const ImcaFinding& finding : result.findings) {
        QJsonObject trigger = common(triggerCode(finding.trigger), decisionCode(finding.duty), finding);
        trigger.remove(QStringLiteral("check"));
        trigger.insert(QStringLiteral("trigger"), triggerCode(finding.trigger));
        trigger.insert(QStringLiteral("name"), triggerName(finding.trigger));
        // When to instruct matters only when an IMCA must be instructed.
        trigger.insert(QStringLiteral("timing"),
                       finding.duty != ImcaDuty::Must ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(timingCode(finding.timing)));
        triggers.append(trigger);
    }
    json.insert(QStringLiteral("triggers"), triggers);
    return json;
}

QJsonObject checkResultJson(const OneAdvocateResult& result, const AdvocacyResult& careAct,
                            const ImcaResult& imca)
{
    QJsonObject json = common(QStringLiteral("one-advocate"), decisionCode(result.decision), result);
    json.insert(QStringLiteral("careActDecision"), decisionCode(careAct.decision));
    json.insert(QStringLiteral("imcaDecision"), decisionCode(imca.duty));
    return json;
}

QJsonObject checkResultJson(const CapacityRecordResult& result)
{
    return common(QStringLiteral("capacity"), decisionCode(result.status), result);
}

QJsonObject checkResultJson(const BestInterestsResult& result)
{
    return common(QStringLiteral("best-interests"), decisionCode(result.status), result);
}

QJsonObject checkResultJson(const WishesResult& result)
{
    return common(QStringLiteral("wishes"), decisionCode(result.decision), result);
}

QByteArray checkResultText(const QJsonObject& result)
{
    return QJsonDocument(result).toJson(QJsonDocument::Indented);
}

} // namespace alongside::core
