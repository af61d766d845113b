#include "codecs/RiskEnablementJson.h"

#include "codecs/CheckFields.h"
#include "codecs/CheckInputParts.h"
#include "codecs/CheckInputText.h"
#include "codecs/CheckJsonValues.h"

namespace alongside::core {

using namespace checkjson;

namespace {

QJsonObject riskToJson(const RiskDescription& risk)
{
    QJsonObject object;
    putText(object, QStringLiteral("whatCouldHappen"), risk.whatCouldHappen);
    QJsonObject toWhom;
    putFlag(toWhom, QStringLiteral("person"), risk.toWhom.person);
    putFlag(toWhom, QStringLiteral("others"), risk.toWhom.others);
    putFlag(toWhom, QStringLiteral("children"), risk.toWhom.children);
    object.insert(QStringLiteral("toWhom"), toWhom); // always: an empty one means nobody named
    object.insert(QStringLiteral("likelihood"), storageCode(risk.likelihood));
    object.insert(QStringLiteral("impact"), storageCode(risk.impact));
    return object;
}

QJsonObject flagsToJson(const RiskFlags& flags)
{
    QJsonObject object;
    putFlag(object, QStringLiteral("othersAtRisk"), flags.othersAtRisk);
    putFlag(object, QStringLiteral("coercionOrControlSuspected"), flags.coercionOrControlSuspected);
    putFlag(object, QStringLiteral("seriousCrime"), flags.seriousCrime);
    putFlag(object, QStringLiteral("positionOfTrustImplicated"), flags.positionOfTrustImplicated);
    return object;
}

RiskLevel readLevel(CheckFields& fields, const QString& key)
{
    return fields.code<RiskLevel>(key, CheckInputText::tr("level")).value_or(RiskLevel::NotRated);
}

RiskEnablementNote readNote(CheckFields& fields)
{
    RiskEnablementNote note;
    note.activity = fields.text(QStringLiteral("activity"));
    note.whatItMeans = fields.text(QStringLiteral("whatItMeans"));
    note.desiredOutcome = fields.text(QStringLiteral("desiredOutcome"));
    note.strengths = fields.text(QStringLiteral("strengths"));
    note.protectivePeople = fields.text(QStringLiteral("protectivePeople"));
    fields.object(QStringLiteral("risk"), [&note](CheckFields& risk) {
        note.risk.whatCouldHappen = risk.text(QStringLiteral("whatCouldHappen"));
        // Absent `toWhom` keeps the default (the person); present, it lists everyone at risk.
        risk.object(QStringLiteral("toWhom"), [&note](CheckFields& toWhom) {
            note.risk.toWhom.others = toWhom.flag(QStringLiteral("others"));
            note.risk.toWhom.children = toWhom.flag(QStringLiteral("children"));
            note.risk.toWhom.person = toWhom.flag(QStringLiteral("person"));
        });
        note.risk.likelihood = readLevel(risk, QStringLiteral("likelihood"));
        note.risk.impact = readLevel(risk, QStringLiteral("impact"));
    });
    note.personsView = fields.text(QStringLiteral("personsView"));
    note.acceptableToThem = fields.text(QStringLiteral("acceptableToThem"));
    note.capacityForDecision = fields.answer(QStringLiteral("capacityForDecision"));
    fields.objects(QStringLiteral("options"), [&note](CheckFields& entry) {
        RiskOption option;
        option.description = entry.text(QStringLiteral("description"));
        option.leastRestrictive = entry.flag(QStringLiteral("leastRestrictive"));
        option.chosen = entry.flag(QStringLiteral("chosen"));
        option.considerations = entry.text(QStringLiteral("considerations"));
        note.options.push_back(option);
    });
    note.agreed = fields.text(QStringLiteral("agreed"));
    fields.objects(QStringLiteral("actions"), [&note](CheckFields& entry) {
        AgreedAction action;
        action.what = entry.text(QStringLiteral("what"));
        action.who = entry.text(QStringLiteral("who"));
        action.byWhen = entry.date(QStringLiteral("byWhen"));
        action.acceptedByPerson = !entry.flag(QStringLiteral("notAcceptedByPerson"));
        note.actions.push_back(action);
    });
    note.contingency = fields.text(QStringLiteral("contingency"));
    note.escalationTrigger = fields.text(QStringLiteral("escalationTrigger"));
    fields.objects(QStringLiteral("views"), [&note](CheckFields& entry) {
        ViewOfOthers view;
        view.whose = entry.text(QStringLiteral("whose"));
        view.view = entry.text(QStringLiteral("view"));
        view.differs = entry.flag(QStringLiteral("differs"));
        note.views.push_back(view);
    });
    note.whereViewsDiffer = fields.text(QStringLiteral("whereViewsDiffer"));
    note.decidedBy = fields.text(QStringLiteral("decidedBy"));
    note.managerSignOff = fields.text(QStringLiteral("managerSignOff"));
    note.decidedOn = fields.date(QStringLiteral("decidedOn"));
    note.reviewOn = fields.date(QStringLiteral("reviewOn"));
    note.howMonitored = fields.text(QStringLiteral("howMonitored"));
    note.namedTools = fields.text(QStringLiteral("namedTools"));
    fields.object(QStringLiteral("flags"), [&note](CheckFields& flags) {
        note.flags.othersAtRisk = flags.flag(QStringLiteral("othersAtRisk"));
        note.flags.coercionOrControlSuspected = flags.flag(QStringLiteral("coercionOrControlSuspected"));
        note.flags.seriousCrime = flags.flag(QStringLiteral("seriousCrime"));
        note.flags.positionOfTrustImplicated = flags.flag(QStringLiteral("positionOfTrustImplicated"));
    });
    return note;
}

} // namespace

QJsonObject riskEnablementToJson(const RiskEnablementNote& note)
{
    QJsonObject object;
    putText(object, QStringLiteral("activity"), note.activity);
    putText(object, QStringLiteral("whatItMeans"), note.whatItMeans);
    putText(object, QStringLiteral("desiredOutcome"), note.desiredOutcome);
    putText(object, QStringLiteral("strengths"), note.strengths);
    putText(object, QStringLiteral("protectivePeople"), note.protectivePeople);
    object.insert(QStringLiteral("risk"), riskToJson(note.risk));
    putText(object, QStringLiteral("personsView"), note.personsView);
    putText(object, QStringLiteral("acceptableToThem"), note.acceptableToThem);
    putAnswer(object, QStringLiteral("capacityForDecision"), note.capacityForDecision);
    QJsonArray options;
    for (const RiskOption& option : note.options) {
        QJsonObject entry;
        putText(entry, QStringLiteral("description"), option.description);
        putFlag(entry, QStringLiteral("leastRestrictive"), option.leastRestrictive);
        putFlag(entry, QStringLiteral("chosen"), option.chosen);
        putText(entry, QStringLiteral("considerations"), option.considerations);
        options.append(entry);
    }
    putArray(object, QStringLiteral("options"), options);
    putText(object, QStringLiteral("agreed"), note.agreed);
    QJsonArray actions;
    for (const AgreedAction& action : note.actions) {
        QJsonObject entry;
        putText(entry, QStringLiteral("what"), action.what);
        putText(entry, QStringLiteral("who"), action.who);
        putDate(entry, QStringLiteral("byWhen"), action.byWhen);
        putFlag(entry, QStringLiteral("notAcceptedByPerson"), !action.acceptedByPerson);
        actions.append(entry);
    }
    putArray(object, QStringLiteral("actions"), actions);
    putText(object, QStringLiteral("contingency"), note.contingency);
    putText(object, QStringLiteral("escalationTrigger"), note.escalationTrigger);
    QJsonArray views;
    for (const ViewOfOthers& view : note.views) {
        QJsonObject entry;
        putText(entry, QStringLiteral("whose"), view.whose);
        putText(entry, QStringLiteral("view"), view.view);
        putFlag(entry, QStringLiteral("differs"), view.differs);
        views.append(entry);
    }
    putArray(object, QStringLiteral("views"), views);
    putText(object, QStringLiteral("whereViewsDiffer"), note.whereViewsDiffer);
    putText(object, QStringLiteral("decidedBy"), note.decidedBy);
    putText(object, QStringLiteral("managerSignOff"), note.managerSignOff);
    putDate(object, QStringLiteral("decidedOn"), note.decidedOn);
    putDate(object, QStringLiteral("reviewOn"), note.reviewOn);
    putText(object, QStringLiteral("howMonitored"), note.howMonitored);
    putText(object, QStringLiteral("namedTools"), note.namedTools);
    putObject(object, QStringLiteral("flags"), flagsToJson(note.flags));
    return object;
}

CheckInput<RiskEnablementNote> readRiskEnablementInput(const QByteArray& bytes, JsonOrigin origin)
{
    CheckInput<RiskEnablementNote> input;
    const std::optional<QJsonObject> top = checkinput::topObject(bytes, origin, &input.problems);
    if (!top)
        return input;
    CheckFields fields(*top, QStringLiteral("$"), &input.problems);
    input.value = readNote(fields);
    fields.finish();
    return input;
}

} // namespace alongside::core
