// The server's schema: migrated by the owner role under an advisory lock, versioned, with an
// append-only history that refuses changes and TRUNCATE from everyone, the owner included.

#include "CaseFixtures.h"
#include "ServerTestDatabase.h"

#include "storage/repositories/CaseRepository.h"
#include "storage/server/ServerConnection.h"
#include "storage/server/ServerSchema.h"
#include "support/Catch.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

QVariant valueOf(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

QString refusalOf(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError().databaseText();
}

} // namespace

TEST_CASE("migrating a database twice, or twice at once, applies each step once and records who applied it")
{
    test::ServerTestDatabase server; // migrated once already, by the owner
    QSqlDatabase owner = server.connectAs(u"alongside_owner"_s);

    // The first migration holds the lock inside its transaction; the second waits for it.
    REQUIRE(owner.transaction());
    REQUIRE(QSqlQuery(owner).exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(serverMigrationLockKey())));
    std::atomic<bool> finished = false;
    QString secondResult;
    const ServerLocation location = server.location(u"alongside_owner"_s);
    std::thread waiting([&] {
        // A connection belongs to the thread that opened it.
        QString error;
        {
            QSqlDatabase second = openServerConnection(location, u"second-migration"_s, &error);
            secondResult = second.isValid() ? migrateServer(second) : error;
        }
        closeServerConnection(u"second-migration"_s);
        finished = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(finished);
    REQUIRE(owner.commit());
    waiting.join();
    CHECK(secondResult.isEmpty());
    CHECK(migrateServer(owner).isEmpty());

    CHECK(serverSchemaVersion(owner) == latestServerSchemaVersion());
    CHECK(valueOf(owner, u"SELECT count(*) FROM schema_version"_s).toInt() == latestServerSchemaVersion());
    CHECK(valueOf(owner, u"SELECT applied_by FROM schema_version WHERE version = 1"_s).toString()
          == u"alongside_owner"_s);
    CHECK(checkServerSchemaForUse(server.connectAs(u"south_sam"_s)).isEmpty());
}

TEST_CASE("a database from a newer Alongside is refused and left as it was, and an empty one says to ask IT")
{
    test::ServerTestDatabase server;
    QSqlDatabase owner = server.connectAs(u"alongside_owner"_s);
    REQUIRE(
        QSqlQuery(owner).exec(u"INSERT INTO schema_version (version, description) VALUES (99, 'future')"_s));
    const QString refused = migrateServer(owner);
    CHECK(refused.contains(u"newer Alongside"_s));
    CHECK(valueOf(owner, u"SELECT max(version) FROM schema_version"_s).toInt() == 99);
    CHECK(checkServerSchemaForUse(server.connectAs(u"south_sam"_s)).contains(u"newer Alongside"_s));

    REQUIRE(QSqlQuery(owner).exec(u"DROP SCHEMA alongside CASCADE"_s));
    CHECK(checkServerSchemaForUse(owner).contains(u"alongside-cli db migrate"_s));
}

TEST_CASE("the record history refuses UPDATE, DELETE and TRUNCATE from its team and from the owner role")
{
    test::ServerTestDatabase server;
    QSqlDatabase sam = server.connectAs(u"south_sam"_s);
    REQUIRE(QSqlQuery(sam).exec(u"INSERT INTO record_history (case_id, record, field, changed_by, changed_at)"
                                " VALUES (NULL, 'case', 'stage', 'Sam', now())"_s));
    CHECK_FALSE(refusalOf(sam, u"UPDATE record_history SET new_value = 'x'"_s).isEmpty());
    CHECK_FALSE(refusalOf(sam, u"DELETE FROM record_history"_s).isEmpty());
    CHECK_FALSE(refusalOf(sam, u"TRUNCATE record_history"_s).isEmpty());

    QSqlDatabase owner = server.connectAs(u"alongside_owner"_s);
    CHECK(refusalOf(owner, u"TRUNCATE record_history"_s).contains(u"cannot be changed"_s));
    CHECK(refusalOf(owner, u"DELETE FROM record_history"_s).isEmpty()); // sees no rows: FORCE RLS
    CHECK(valueOf(sam, u"SELECT count(*) FROM record_history"_s).toInt() == 1);
}

TEST_CASE("a new row's id is its own even when a trigger writes a row elsewhere, as lastval() would not say")
{
    test::ServerTestDatabase server;
    // Later steps add triggers of this kind (a search index, a summary row); one is made here.
    QSqlDatabase owner = server.connectAs(u"alongside_owner"_s);
    for (
        const QString& statement :
        {u"CREATE TABLE side_row (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 5000) PRIMARY KEY)"_s,
         u"CREATE FUNCTION add_side_row() RETURNS trigger LANGUAGE plpgsql AS"
         " $$ BEGIN INSERT INTO alongside.side_row DEFAULT VALUES; RETURN NEW; END $$"_s,
         u"CREATE TRIGGER case_note_side_row AFTER INSERT ON case_note FOR EACH ROW EXECUTE FUNCTION add_side_row()"_s,
         u"GRANT INSERT ON side_row TO alongside_member"_s,
         u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA alongside TO alongside_member"_s})
        REQUIRE(QSqlQuery(owner).exec(statement));

    QSqlDatabase sam = server.connectAs(u"south_sam"_s);
    test::TestClock clock;
    CaseRepository cases(sam, u"Sam South"_s, clock.function());
    const CaseWriteResult created = cases.createCase(test::concernOnly(u"S-1"_s, QDate(2026, 3, 1)));
    REQUIRE(created.ok());
    const CaseWriteResult note = cases.addNote(created.id, u"Rang Norrie's daughter."_s);
    REQUIRE(note.ok());
    CHECK(note.id < 5000);
    CHECK(valueOf(sam, u"SELECT body FROM case_note WHERE id = %1"_s.arg(note.id)).toString().toStdString()
          == "Rang Norrie's daughter.");
    const CaseWriteResult corrected = cases.correctNote(note.id, u"Rang Norrie's son."_s);
    INFO(corrected.error.toStdString());
    CHECK(corrected.ok());
}
