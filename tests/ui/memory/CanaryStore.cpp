#include "memory/CanaryStore.h"

#include "demo/DemoJourneys.h"
#include "demo/DemoLegalRecords.h"
#include "codecs/CaseFileReader.h"
#include "codecs/CaseJsonWriter.h"
#include "codecs/CheckInputReader.h"
#include "codecs/RiskEnablementJson.h"
#include "model/ReflectivePrompt.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/DraftRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/SupervisionRepository.h"
#include "support/TestStores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <stdexcept>

namespace alongside::test {

namespace {

using Problems = core::CaseFileProblems;

[[noreturn]] void refused(const QString& what)
{
    throw std::runtime_error(what.toStdString());
}

// "$.cases[0].person.givenName" → {"cases", 0, "person", "givenName"}
QVariantList pathSteps(const QString& path)
{
    QVariantList steps;
    QString rest = path.mid(1);
    while (!rest.isEmpty()) {
        if (rest.startsWith(u'.')) {
            qsizetype end = 1;
            while (end < rest.size() && rest[end] != u'.' && rest[end] != u'[')
                ++end;
            steps << rest.mid(1, end - 1);
            rest = rest.mid(end);
        } else { // [n]
            const qsizetype close = rest.indexOf(u']');
            steps << rest.mid(1, close - 1).toInt();
            rest = rest.mid(close + 1);
        }
    }
    return steps;
}

QJsonValue valueAt(const QJsonValue& root, const QVariantList& steps)
{
    QJsonValue value = root;
    for (const QVariant& step : steps)
        value = step.typeId() == QMetaType::Int ? value.toArray().at(step.toInt())
                                                : value.toObject().value(step.toString());
    return value;
}

QJsonValue replaced(const QJsonValue& root, const QVariantList& steps, int from, const QJsonValue& value)
{
    if (from == steps.size())
        return value;
    if (steps[from].typeId() == QMetaType::Int) {
        QJsonArray array = root.toArray();
        array[steps[from].toInt()] = replaced(array.at(steps[from].toInt()), steps, from + 1, value);
        return array;
    }
    QJsonObject object = root.toObject();
    object[steps[from].toString()] = replaced(object.value(steps[from].toString()), steps, from + 1, value);
    return object;
}

// Every text gets " <word>" and a number after it; the keys in `keep` stay as they are.
QJsonValue planted(const QJsonValue& value, const QString& word, const QSet<QString>& keep, int* counter,
                   const QString& key = {})
{
    if (value.isString() && !keep.contains(key) && !value.toString().isEmpty())
        return value.toString() + u' ' + word + QString::number((*counter)++);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(planted(item, word, keep, counter, key));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(it.key(), planted(it.value(), word, keep, counter, it.key()));
        return object;
    }
    return value;
}

// The planted form of `original`, with each text its reader refuses (a code, a date, an SAC
// label) put back as it was, until the reader is content.
QJsonObject plantedWhereAccepted(const QJsonObject& original, const QString& word,
                                 const std::function<Problems(const QByteArray&)>& read, int* counter)
{
    QJsonValue planting = planted(original, word, {QStringLiteral("reference")}, counter);
    for (int round = 0; round < 20; ++round) {
        const Problems problems = read(QJsonDocument(planting.toObject()).toJson());
        if (problems.empty())
            return planting.toObject();
        for (const core::CaseFileProblem& problem : problems) {
            const QVariantList steps = pathSteps(problem.path);
            planting = replaced(planting, steps, 0, valueAt(original, steps));
        }
    }
    refused(QStringLiteral("could not plant the canary in a record"));
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        refused(query.lastError().text());
}

// Plants the word in a JSON column of every row of `table`, as its reader accepts it.
void plantInRecords(QSqlDatabase db, const QString& table, const QString& column, const QString& word,
                    const std::function<Problems(const QByteArray&)>& read, int* counter)
{
    QSqlQuery rows(db);
    rows.prepare(QStringLiteral("SELECT id, %1 FROM %2").arg(column, table));
    exec(rows);
    std::vector<std::pair<qint64, QByteArray>> planted;
    while (rows.next()) {
        const QJsonObject original = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
        planted.emplace_back(rows.value(0).toLongLong(),
                             QJsonDocument(plantedWhereAccepted(original, word, read, counter))
                                 .toJson(QJsonDocument::Compact));
    }
    for (const auto& [id, json] : planted) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column));
        update.addBindValue(QString::fromUtf8(json));
        update.addBindValue(id);
        exec(update);
    }
}

// Plants the word at the end of free-text columns that sit beside the records (lists read them).
void plantInColumns(QSqlDatabase db, const QString& table, const QStringList& columns, const QString& word)
{
    for (const QString& column : columns) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE %1 SET %2 = %2 || ' ' || ? WHERE %2 IS NOT NULL AND %2 <> ''")
                           .arg(table, column));
        update.addBindValue(word + QStringLiteral("col"));
        exec(update);
    }
}

template <typename Input>
std::function<Problems(const QByteArray&)> problemsOf(Input (*read)(const QByteArray&, core::JsonOrigin))
{
    return [read](const QByteArray& bytes) { return read(bytes, core::JsonOrigin::Outside).problems; };
}

} // namespace

void writeCanaryStore(const QString& path, const QString& word, const QDate& today)
{
    const std::unique_ptr<core::Store> store = createStore(path);
    const QSqlDatabase db = store->database();
    int counter = 0;

    // The demo's nine journeys, every text carrying the word, written as the app writes them.
    const QJsonObject file = plantedWhereAccepted(
        core::caseFileToJson(core::demoJourneys(today)), word,
        [](const QByteArray& bytes) { return core::readCaseFile(bytes).problems; }, &counter);
    core::CaseFileContents contents = core::readCaseFile(QJsonDocument(file).toJson());
    core::CaseRepository cases(db, QStringLiteral("Demo Practitioner"),
                               [today] { return QDateTime(today, QTime(9, 0)); });
    if (const core::CaseWriteResult written = cases.createCases(contents.cases); !written.ok())
        refused(written.error);

    // Their legal records, then the word in each (the readers decide what is free text).
    if (!core::addDemoLegalRecords(db, today))
        refused(QStringLiteral("the demo's legal records were refused"));
    plantInRecords(db, QStringLiteral("capacity_assessment"), QStringLiteral("record"), word,
                   problemsOf(&core::readCapacityInput), &counter);
    plantInRecords(db, QStringLiteral("best_interests_decision"), QStringLiteral("record"), word,
                   problemsOf(&core::readBestInterestsInput), &counter);
    plantInRecords(db, QStringLiteral("advocacy_check"), QStringLiteral("situation"), word,
                   problemsOf(&core::readAdvocacyInput), &counter);
    plantInRecords(db, QStringLiteral("advocacy_check"), QStringLiteral("imca_situation"), word,
                   problemsOf(&core::readImcaInput), &counter);
    plantInRecords(db, QStringLiteral("wishes_override"), QStringLiteral("record"), word,
                   problemsOf(&core::readWishesInput), &counter);
    plantInRecords(db, QStringLiteral("risk_enablement"), QStringLiteral("record"), word,
                   problemsOf(&core::readRiskEnablementInput), &counter);
    plantInColumns(db, QStringLiteral("capacity_doubt"), {QStringLiteral("decision"), QStringLiteral("why")},
                   word);
    plantInColumns(db, QStringLiteral("capacity_assessment"),
                   {QStringLiteral("decision"), QStringLiteral("assessor")}, word);
    plantInColumns(db, QStringLiteral("best_interests_decision"),
                   {QStringLiteral("decision"), QStringLiteral("decision_maker")}, word);
    plantInColumns(db, QStringLiteral("advocate_referral"),
                   {QStringLiteral("provider"), QStringLiteral("advocate_name")}, word);
    plantInColumns(db, QStringLiteral("risk_enablement"),
                   {QStringLiteral("activity"), QStringLiteral("decided_by")}, word);

    // A supervision about the first case, with an agreed action still to do.
    core::SupervisionRepository supervision(db, QStringLiteral("Team Leader ") + word,
                                            [today] { return QDateTime(today, QTime(11, 0)); });
    core::SupervisionSession session;
    session.heldOn = today;
    session.practitioner = QStringLiteral("Demo Practitioner");
    session.teamLeader = QStringLiteral("Team Leader ") + word;
    const core::CaseWriteResult started = supervision.startSession(session);
    if (!started.ok())
        refused(started.error);
    const std::optional<qint64> firstCase = cases.findByReference(contents.cases.front().reference);
    core::ReflectiveNote note;
    note.sessionId = started.id;
    note.caseId = firstCase.value_or(0);
    for (const core::ReflectivePrompt prompt : core::reflectivePrompts())
        note.answers.emplace_back(
            prompt, QStringLiteral("We talked it through ") + word + QString::number(counter++));
    core::SupervisionAction action;
    action.caseId = note.caseId;
    action.what = QStringLiteral("Ring the advocate ") + word;
    action.owner = QStringLiteral("Demo Practitioner");
    action.dueOn = today.addDays(3);
    note.actions = {action};
    if (const core::CaseWriteResult saved = supervision.saveNote(note); !saved.ok())
        refused(saved.error);

    // What the practitioner keeps about themself and the note they were typing.
    core::PractitionerContact contact;
    contact.name = QStringLiteral("Sam ") + word;
    contact.role = QStringLiteral("Social worker");
    contact.team = QStringLiteral("Adult Safeguarding Team ") + word;
    contact.phone = QStringLiteral("01632 960000");
    if (!core::LetterRepository(db, QStringLiteral("Demo Practitioner")).savePractitionerContact(contact))
        refused(QStringLiteral("the contact details were refused"));
    if (!core::DraftRepository(db).save(QStringLiteral("quick-note"),
                                        QStringLiteral("Ring back about ") + word,
                                        QDateTime(today, QTime(12, 0))))
        refused(QStringLiteral("the quick note was refused"));
}

} // namespace alongside::test
