// Import and export against real (cheap-KDF) stores: all or nothing, and exact round trips.

#include "ExampleCases.h"

#include "codecs/CaseJsonWriter.h"
#include "demo/DemoCaseload.h"
#include "exchange/CaseExport.h"
#include "exchange/CaseImport.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseloadRepository.h"

#include "support/Catch.h"
#include "support/TestStores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace alongside;

namespace {

const QString kPractitioner = QStringLiteral("Test Importer");
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0));

struct Counts {
    qint64 people = 0;
    qint64 cases = 0;
    qint64 notes = 0;
    qint64 history = 0;
    bool operator==(const Counts&) const = default;
};

qint64 rows(const QSqlDatabase& db, const char* table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

Counts countsOf(const core::Store& store)
{
    const QSqlDatabase db = store.database();
    const core::CaseloadRepository caseload(db);
    return {caseload.countPeople(), caseload.countCases(), caseload.countNotes(), rows(db, "record_history")};
}

core::CaseImportResult import(const core::Store& store, const QByteArray& file)
{
    return core::importCaseFile(file, store.database(), kPractitioner, kNow);
}

std::string described(const core::CaseImportResult& result)
{
    QStringList lines;
    for (const auto& problem : result.problems)
        lines << problem.toString();
    lines << result.storeError;
    return lines.join(u'\n').toStdString();
}

QByteArray exportAll(const core::Store& store)
{
    const core::CaseExportResult exported = core::exportAllCases(
        core::CaseRepository(store.database(), kPractitioner));
    INFO(exported.error.toStdString());
    REQUIRE(exported.ok());
    return exported.json;
}

// Export from `from`, import into a fresh store, export again: the two files must be equal.
void checkRoundTrip(const core::Store& from)
{
    const QByteArray first = exportAll(from);
    test::TempStoreFolder folder;
    const auto fresh = test::createStore(folder.storePath());
    const core::CaseImportResult imported = import(*fresh, first);
    INFO(described(imported));
    REQUIRE(imported.ok());
    CHECK(QString::fromUtf8(exportAll(*fresh)) == QString::fromUtf8(first));
}

} // namespace

TEST_CASE("importing a file writes every case in it, findable by reference, with history as the importer")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    const Counts before = countsOf(*store);
    const auto result = import(*store,
                               core::caseFileText({test::maximalCase(QStringLiteral("A-1")),
                                                   test::minimalCase(QStringLiteral("A-2"))}));
    INFO(described(result));
    REQUIRE(result.ok());
    CHECK(result.imported == QStringList{QStringLiteral("A-1"), QStringLiteral("A-2")});
    const Counts after = countsOf(*store);
    CHECK(after.cases == before.cases + 2);
    CHECK(after.notes == before.notes + 6); // five notes and addenda, and an addendum to a conversation
    const core::CaseRepository repository(store->database(), kPractitioner);
    const auto id = repository.findByReference(QStringLiteral("A-1"));
    REQUIRE(id);
    const auto loaded = repository.load(*id);
    REQUIRE(loaded);
    CHECK(loaded->outcomes.size() == 3);
    CHECK(loaded->outcomes[0].revisions.size() == 3);
    CHECK(loaded->actions[1].outcomeId == loaded->outcomes[2].id); // the link survives new ids
    const auto history = repository.history(*id);
    REQUIRE_FALSE(history.empty());
    CHECK(history.front().changedBy == kPractitioner);
}

TEST_CASE("the hand-built maximal case round-trips exactly: export, import into a fresh store, export again")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    REQUIRE(import(*store, core::caseFileText({test::maximalCase()})).ok());
    checkRoundTrip(*store);
}

TEST_CASE("the demo caseload round-trips exactly: export, import into a fresh store, export again")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    REQUIRE(core::populateDemoCaseload(store->database(), QDate(2026, 5, 20)));
    REQUIRE(countsOf(*store).cases > 0);
    checkRoundTrip(*store);
}

TEST_CASE(
    "a rejected file writes nothing: no case, no person, no note, no history, and the file is unchanged")
{
    test::TempStoreFolder folder;
    QByteArray bytesBefore;
    Counts before;
    {
        const auto store = test::createStore(folder.storePath());
        REQUIRE(import(*store, core::caseFileText({test::minimalCase(QStringLiteral("KEEP"))})).ok());
        before = countsOf(*store);
    }
    bytesBefore = test::readWholeFile(folder.storePath());
    {
        const auto store = test::openStore(folder.storePath());
        REQUIRE(store);
        // The first case is good; the second's closure predates its concern.
        core::CaseRecord bad = test::maximalCase(QStringLiteral("BAD"));
        bad.closure->closedOn = QDate(2026, 3, 1);
        const auto result = import(*store,
                                   core::caseFileText({test::maximalCase(QStringLiteral("GOOD")), bad}));
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.front().path == QStringLiteral("$.cases[1].closure.closedOn"));
        CHECK(result.imported.isEmpty());
        CHECK(countsOf(*store) == before);
        CHECK_FALSE(
            core::CaseRepository(store->database(), kPractitioner).findByReference(QStringLiteral("GOOD")));
    }
    CHECK(test::readWholeFile(folder.storePath()) == bytesBefore);
}

TEST_CASE("every kind of rejected file leaves the store as it was")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    REQUIRE(import(*store, core::caseFileText({test::minimalCase(QStringLiteral("KEEP"))})).ok());
    const Counts before = countsOf(*store);
    const QJsonObject good = core::caseFileToJson(
        {test::maximalCase(QStringLiteral("GOOD")), test::maximalCase(QStringLiteral("ALSO"))});
    const auto inSecondCase = [&good](const QVariantList& path, const QJsonValue& value) {
        return QJsonDocument(test::edited(good, QVariantList{QStringLiteral("cases"), 1} + path, value))
            .toJson();
    };
    const std::vector<std::pair<const char*, QByteArray>> rejected = {
        {"malformed JSON", core::caseFileText({test::maximalCase(QStringLiteral("GOOD"))}).chopped(3)},
        {"a newer version",
         QJsonDocument(test::edited(good, {QStringLiteral("version")}, QJsonValue(3))).toJson()},
        {"a missing required field",
         QJsonDocument(
             test::edited(good, {QStringLiteral("cases"), 1, QStringLiteral("concern")}, std::nullopt))
             .toJson()},
        {"a wrong type",
         inSecondCase({QStringLiteral("conversations"), 0, QStringLiteral("seenAlone")}, QJsonValue(1))},
        {"an unknown SAC category",
         inSecondCase({QStringLiteral("concern"), QStringLiteral("sourcesOfRisk"), 0},
                      QJsonValue(QStringLiteral("Stranger")))},
        {"an impossible date",
         inSecondCase({QStringLiteral("concern"), QStringLiteral("receivedOn")},
                      QJsonValue(QStringLiteral("2026-02-30")))},
        {"an invalid NHS number",
         inSecondCase({QStringLiteral("person"), QStringLiteral("nhsNumber")},
                      QJsonValue(QStringLiteral("1234567890")))},
        {"an achievement without an outcome",
         inSecondCase({QStringLiteral("outcomes"), 0, QStringLiteral("revisions")}, QJsonArray())},
        {"a plan action pointing at a missing outcome",
         inSecondCase({QStringLiteral("actions"), 0, QStringLiteral("outcome")}, QJsonValue(9))},
    };
    for (const auto& [what, file] : rejected) {
        INFO(what);
        const auto result = import(*store, file);
        CHECK_FALSE(result.problems.empty());
        CHECK(result.imported.isEmpty());
        CHECK(countsOf(*store) == before);
    }
    CHECK(import(*store, QJsonDocument(good).toJson()).ok()); // and the untouched file is fine
}

TEST_CASE(
    "a reference already in the store is refused, and the other cases in the file are not written either")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    REQUIRE(import(*store, core::caseFileText({test::minimalCase(QStringLiteral("TAKEN"))})).ok());
    const Counts before = countsOf(*store);
    const auto result = import(*store,
                               core::caseFileText({test::maximalCase(QStringLiteral("NEW")),
                                                   test::minimalCase(QStringLiteral("TAKEN"))}));
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.front().path == QStringLiteral("$.cases[1].reference"));
    CHECK(result.problems.front().reason.contains(QStringLiteral("already in this store")));
    CHECK(countsOf(*store) == before);
}

TEST_CASE("when the store refuses a write part-way, the cases already written in that import are rolled back")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    QSqlQuery trigger(store->database());
    // Only this connection sees a TEMP trigger: it makes the store refuse the second case.
    REQUIRE(trigger.exec(
        QStringLiteral("CREATE TEMP TRIGGER refuse_second AFTER INSERT ON main.safeguarding_case"
                       " WHEN new.reference = 'SECOND' BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END")));
    const Counts before = countsOf(*store);
    const auto result = import(*store,
                               core::caseFileText({test::maximalCase(QStringLiteral("FIRST")),
                                                   test::minimalCase(QStringLiteral("SECOND"))}));
    REQUIRE_FALSE(result.ok());
    CHECK(result.problems.empty());
    CHECK(result.storeError.contains(QStringLiteral("disk full (test)")));
    CHECK(result.storeError.contains(QStringLiteral("Nothing was imported")));
    CHECK(countsOf(*store) == before);
    CHECK_FALSE(
        core::CaseRepository(store->database(), kPractitioner).findByReference(QStringLiteral("FIRST")));
}

TEST_CASE("export names an unknown reference instead of leaving the case out, and refuses an empty store")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    const core::CaseRepository repository(store->database(), kPractitioner);
    CHECK(core::exportAllCases(repository).error.contains(QStringLiteral("no cases")));
    REQUIRE(import(*store, core::caseFileText({test::minimalCase(QStringLiteral("ONLY"))})).ok());
    const auto missing = core::exportCases(repository, {QStringLiteral("ONLY"), QStringLiteral("NOPE")});
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.contains(QStringLiteral("NOPE")));
    const auto found = core::exportCases(repository, {QStringLiteral("ONLY")});
    REQUIRE(found.ok());
    CHECK(QJsonDocument::fromJson(found.json)[QStringLiteral("cases")][0][QStringLiteral("reference")]
              .toString()
          == QStringLiteral("ONLY"));
}
