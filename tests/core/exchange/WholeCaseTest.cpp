// Case format version 2: a case leaves the store whole (every record the store holds for it,
// with uids, dates and history) and comes back exactly, so export → import → export gives the
// same bytes; version 1 files still import; a case already here is refused by its uid.

#include "WholeCaseFixture.h"

#include "codecs/CaseFileReader.h"
#include "codecs/CaseJsonWriter.h"
#include "codecs/WholeCaseLayout.h"
#include "exchange/CaseExport.h"
#include "exchange/CaseImport.h"
#include "storage/CaseFixtures.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/schema/TravellingTables.h"
#include "support/Catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace alongside;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kImportedAt(QDate(2026, 3, 20), QTime(9, 0));

QByteArray exportAll(const core::Store& store)
{
    const core::CaseExportResult exported = core::exportAllCases(
        core::CaseRepository(store.database(), test::kPractitioner));
    INFO(exported.error.toStdString());
    REQUIRE(exported.ok());
    return exported.json;
}

std::string described(const core::CaseImportResult& result)
{
    QStringList lines;
    for (const auto& problem : result.problems)
        lines << problem.toString();
    lines << result.storeError;
    return lines.join(u'\n').toStdString();
}

core::CaseImportResult import(const core::Store& store, const QByteArray& file)
{
    return core::importCaseFile(file, store.database(), u"Importer"_s, kImportedAt);
}

qint64 rows(const core::Store& store, const QString& table)
{
    return test::rowsIn(store.database(), table);
}

qint64 caseHistory(const core::Store& store)
{
    QSqlQuery query(store.database());
    REQUIRE(query.exec(
        u"SELECT count(*) FROM record_history WHERE case_id IN (SELECT id FROM safeguarding_case)"_s));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// The first case object of a file, changed by `change`, as a whole file again.
QByteArray withFirstCase(const QByteArray& file, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject root = QJsonDocument::fromJson(file).object();
    QJsonArray cases = root[u"cases"_s].toArray();
    QJsonObject first = cases[0].toObject();
    change(first);
    cases[0] = first;
    root[u"cases"_s] = cases;
    return QJsonDocument(root).toJson();
}

QStringList problemsOf(const core::CaseImportResult& result)
{
    QStringList lines;
    for (const auto& problem : result.problems)
        lines << problem.toString();
    return lines;
}

} // namespace

TEST_CASE("a whole case with every kind of record exports, imports into a fresh store and exports again "
          "byte for byte, history included and nothing added")
{
    const test::WholeCaseStore from;
    const QByteArray first = exportAll(*from.store);

    // Every kind of record is in the file, in some case: the test covers them all.
    const QJsonArray cases = QJsonDocument::fromJson(first).object()[u"cases"_s].toArray();
    REQUIRE(cases.size() > 1);
    for (const core::wholecase::Kind& kind : core::wholecase::kinds()) {
        const QString member = QLatin1String(kind.member);
        if (member == u"case")
            continue;
        bool somewhere = false;
        for (const QJsonValue& item : cases) {
            const QJsonValue value = item.toObject().value(member);
            somewhere = somewhere || value.isObject() || !value.toArray().isEmpty();
        }
        INFO(member.toStdString());
        CHECK(somewhere);
    }

    test::TempStoreFolder folder;
    const auto fresh = test::createStore(folder.storePath());
    const core::CaseImportResult imported = import(*fresh, first);
    INFO(described(imported));
    REQUIRE(imported.ok());
    const QByteArray second = exportAll(*fresh);
    CHECK(test::firstDifference(first, second) == "");
    // The history is the case's own: the import added none of its own. (A supervision session's
    // own entry belongs to no case, and stays where the session was started.)
    for (const char* table : core::kTravellingTables) {
        INFO(table);
        if (QLatin1String(table) == u"record_history")
            CHECK(caseHistory(*fresh) == caseHistory(*from.store));
        else
            CHECK(rows(*fresh, QLatin1String(table)) == rows(*from.store, QLatin1String(table)));
    }
}

TEST_CASE("a case keeps its uid and the store it began in when it moves to another store")
{
    const test::WholeCaseStore from;
    const QByteArray file = exportAll(*from.store);
    test::TempStoreFolder folder;
    const auto fresh = test::createStore(folder.storePath());
    REQUIRE(import(*fresh, file).ok());

    QSqlQuery there(from.store->database());
    REQUIRE(there.exec(u"SELECT reference, uid, origin_store FROM safeguarding_case ORDER BY reference"_s));
    QSqlQuery here(fresh->database());
    REQUIRE(here.exec(u"SELECT reference, uid, origin_store FROM safeguarding_case ORDER BY reference"_s));
    QSqlQuery ownId(fresh->database());
    REQUIRE(ownId.exec(u"SELECT store_id FROM store_identity"_s));
    REQUIRE(ownId.next());
    int count = 0;
    while (there.next()) {
        REQUIRE(here.next());
        INFO(there.value(0).toString().toStdString());
        CHECK(here.value(0).toString().toStdString() == there.value(0).toString().toStdString());
        CHECK(here.value(1).toString().toStdString() == there.value(1).toString().toStdString());
        CHECK(here.value(2).toString().toStdString() == there.value(2).toString().toStdString());
        // Begun in the other store, not this one.
        CHECK(here.value(2).toString().toStdString() != ownId.value(0).toString().toStdString());
        ++count;
    }
    CHECK(count > 1);
}

TEST_CASE("importing a case that is already in the store is refused by its uid, naming the case, and writes "
          "nothing")
{
    const test::WholeCaseStore from;
    const QByteArray file = exportAll(*from.store);
    test::TempStoreFolder folder;
    const auto fresh = test::createStore(folder.storePath());
    REQUIRE(import(*fresh, file).ok());
    const qint64 historyBefore = rows(*fresh, u"record_history"_s);

    // Even under another reference, it is the same case.
    const QByteArray renamed = withFirstCase(file,
                                             [](QJsonObject& first) { first[u"reference"_s] = u"NEW-1"_s; });
    const core::CaseImportResult again = import(*fresh, renamed);
    REQUIRE_FALSE(again.ok());
    const QStringList problems = problemsOf(again);
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.size() >= 1);
    CHECK(problems[0].startsWith(u"$.cases[0].uid: this case is already in this store, as "_s));
    CHECK(rows(*fresh, u"record_history"_s) == historyBefore);
    CHECK(core::CaseRepository(fresh->database(), QString()).findByReference(u"NEW-1"_s) == std::nullopt);
}

TEST_CASE("a version 1 case file still imports, and leaves as version 2 with a uid on every record")
{
    QFile fixture(QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/fixtures/cases/maximal-case.json"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QByteArray version1 = fixture.readAll();
    REQUIRE(QJsonDocument::fromJson(version1)[u"version"_s].toInt() == 1);

    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    const core::CaseImportResult imported = import(*store, version1);
    INFO(described(imported));
    REQUIRE(imported.ok());
    const QByteArray exported = exportAll(*store);
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    CHECK(root[u"version"_s].toInt() == 2);
    const QJsonObject only = root[u"cases"_s].toArray()[0].toObject();
    CHECK(only[u"uid"_s].toString().size() == 32);
    CHECK(only[u"person"_s].toObject()[u"uid"_s].toString().size() == 32);
    CHECK_FALSE(only[u"history"_s].toArray().isEmpty()); // the import's own entries, as in version 1
}

TEST_CASE("a version 2 file with a broken link, a uid that is not one, a false date or a missing member is "
          "refused with each problem at its path, and nothing is written")
{
    const test::WholeCaseStore from;
    const QByteArray file = exportAll(*from.store);
    const QByteArray broken = withFirstCase(file, [](QJsonObject& first) {
        first[u"uid"_s] = u"not-a-uid"_s;
        QJsonObject person = first[u"person"_s].toObject();
        person[u"dateOfBirth"_s] = u"1950-02-30"_s;
        person.remove(u"givenName"_s);
        first[u"person"_s] = person;
        QJsonArray history = first[u"history"_s].toArray();
        QJsonObject entry = history[0].toObject();
        entry[u"changedAt"_s] = 42;
        history[0] = entry;
        first[u"history"_s] = history;
        QJsonArray actions = first[u"actions"_s].toArray();
        if (!actions.isEmpty()) {
            QJsonObject action = actions[0].toObject();
            action[u"outcome"_s] = u"0123456789abcdef0123456789abcdef"_s;
            actions[0] = action;
            first[u"actions"_s] = actions;
        }
        first[u"unheardOf"_s] = true;
    });
    test::TempStoreFolder folder;
    const auto fresh = test::createStore(folder.storePath());
    const core::CaseImportResult refused = import(*fresh, broken);
    const QStringList problems = problemsOf(refused);
    INFO(problems.join(u'\n').toStdString());
    CHECK(
        problems.contains(u"$.cases[0].uid: \"not-a-uid\" is not a uid: 32 lower-case hexadecimal digits"_s));
    CHECK(problems.contains(
        u"$.cases[0].person.dateOfBirth: \"1950-02-30\" is not a real date (YYYY-MM-DD)"_s));
    CHECK(problems.filter(u"$.cases[0].person.givenName: "_s).size() == 1);
    CHECK(problems.contains(u"$.cases[0].history[0].changedAt: expected text, found a number"_s));
    CHECK(problems.filter(u"$.cases[0].unheardOf: unknown field (not part of version 2"_s).size() == 1);
    CHECK(problems
              .filter(u"$.cases[0].actions[0].outcome: refers to 0123456789abcdef0123456789abcdef, which is "
                      "not a record of outcomes in this case"_s)
              .size()
          == 1);
    CHECK(rows(*fresh, u"safeguarding_case"_s) == 0);
    CHECK(rows(*fresh, u"record_history"_s) == 0);
}

TEST_CASE("a field given twice in a version 2 record is refused, as in every case file")
{
    const test::WholeCaseStore from;
    QByteArray file = exportAll(*from.store);
    const QByteArray member = "            \"reference\": ";
    const qsizetype at = file.indexOf(member);
    REQUIRE(at > 0);
    file.insert(at, "            \"reference\": \"TWICE\",\n");
    const core::CaseFileContents contents = core::readCaseFile(file);
    REQUIRE_FALSE(contents.ok());
    CHECK(contents.problems[0].toString().contains(u"reference"_s));
}

TEST_CASE("every column of every table that travels is carried by the case format")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    QSet<QString> travelling;
    for (const char* table : core::kTravellingTables)
        travelling.insert(QLatin1String(table));
    for (const core::wholecase::Kind& kind : core::wholecase::kinds()) {
        const QString table = QLatin1String(kind.table);
        travelling.remove(table);
        QSet<QString> described{u"id"_s, u"uid"_s, QLatin1String(kind.parentColumn)};
        if (table == u"safeguarding_case")
            described.insert(u"person_id"_s);
        for (const core::wholecase::Field& field : kind.fields)
            described.insert(QLatin1String(field.column));
        QSqlQuery columns(store->database());
        REQUIRE(columns.exec(u"PRAGMA table_info(%1)"_s.arg(table)));
        while (columns.next()) {
            INFO(table.toStdString() << "." << columns.value(1).toString().toStdString());
            CHECK(described.contains(columns.value(1).toString()));
        }
    }
    CHECK(travelling.isEmpty()); // every table with uids is a kind of record in the file
}

TEST_CASE("a legal record the checks would refuse is refused at its place in the case file, and nothing is "
          "written")
{
    const test::WholeCaseStore from;
    QJsonObject root = QJsonDocument::fromJson(exportAll(*from.store)).object();
    QJsonArray cases = root[u"cases"_s].toArray();
    qsizetype withAssessment = -1;
    for (qsizetype i = 0; i < cases.size() && withAssessment < 0; ++i) {
        if (!cases[i].toObject()[u"capacityAssessments"_s].toArray().isEmpty())
            withAssessment = i;
    }
    REQUIRE(withAssessment >= 0);
    QJsonObject changed = cases[withAssessment].toObject();
    QJsonArray assessments = changed[u"capacityAssessments"_s].toArray();
    QJsonObject assessment = assessments[0].toObject();
    QJsonObject record = assessment[u"record"_s].toObject();
    record[u"unheardOf"_s] = true;
    assessment[u"record"_s] = record;
    assessments[0] = assessment;
    changed[u"capacityAssessments"_s] = assessments;
    cases[withAssessment] = changed;
    root[u"cases"_s] = cases;

    test::TempStoreFolder folder;
    const auto fresh = test::createStore(folder.storePath());
    const core::CaseImportResult refused = import(*fresh, QJsonDocument(root).toJson());
    const QStringList problems = problemsOf(refused);
    INFO(problems.join(u'\n').toStdString());
    CHECK(
        problems.filter(u"$.cases[%1].capacityAssessments[0].record.unheardOf: "_s.arg(withAssessment)).size()
        == 1);
    CHECK(rows(*fresh, u"safeguarding_case"_s) == 0);
}
