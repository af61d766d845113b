// When the server goes away in the middle of a write: the change is all or nothing, and the
// practitioner is told the connection was lost rather than shown the driver's words alone.

#include "CaseFixtures.h"
#include "ServerTestDatabase.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("a connection dropped half-way through writing a case leaves nothing of it on the server")
{
    test::ServerTestDatabase server;
    // The connection ends itself when the case's first note is written: after the person, the
    // case, its concern, outcomes and conversations are in, before the change is committed.
    QSqlDatabase owner = server.connectAs(u"alongside_owner"_s);
    for (const QString& statement :
         {u"CREATE FUNCTION drop_connection() RETURNS trigger LANGUAGE plpgsql AS"
          " $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$"_s,
          u"CREATE TRIGGER case_note_drops BEFORE INSERT ON case_note FOR EACH ROW"
          " EXECUTE FUNCTION drop_connection()"_s})
        REQUIRE(QSqlQuery(owner).exec(statement));

    QSqlDatabase sam = server.connectAs(u"south_sam"_s);
    CaseRepository cases(sam, u"Sam South"_s);
    const CaseWriteResult result = cases.createCase(test::fullCase(u"S-DROP"_s));
    CHECK_FALSE(result.ok());
    INFO(result.error.toStdString());
    CHECK(result.error.startsWith(
        u"The connection to the server was lost, so nothing of this change was saved."_s));

    QSqlDatabase sue = server.connectAs(u"south_sue"_s);
    for (const QString& table : {u"person"_s, u"safeguarding_case"_s, u"concern"_s, u"desired_outcome"_s,
                                 u"conversation"_s, u"record_history"_s}) {
        INFO(table.toStdString());
        QSqlQuery count(sue);
        REQUIRE(count.exec(u"SELECT count(*) FROM %1"_s.arg(table)));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 0);
    }
}
