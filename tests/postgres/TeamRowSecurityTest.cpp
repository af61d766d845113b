// Row-level security per team, with two teams in one database: a member of South sees no North
// rows, cannot write them and cannot learn that a North reference exists; the owner role does
// not bypass it; the history's author is the login, whatever the client sends.

#include "CaseFixtures.h"
#include "ServerTestDatabase.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kCaseTables = {
    u"person"_s,
    u"safeguarding_case"_s,
    u"important_person"_s,
    u"legal_representative"_s,
    u"case_note"_s,
    u"concern"_s,
    u"concern_risk_type"_s,
    u"concern_risk_location"_s,
    u"concern_risk_source"_s,
    u"section42_decision"_s,
    u"conversation"_s,
    u"persons_words"_s,
    u"desired_outcome"_s,
    u"outcome_revision"_s,
    u"outcome_achievement"_s,
    u"plan_action"_s,
    u"closure"_s,
    u"record_history"_s,
};

qint64 rowsIn(QSqlDatabase db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// What the server says to a statement: empty if it was accepted.
QString refusalOf(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError().databaseText();
}

int rowsChangedBy(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    return query.numRowsAffected();
}

struct TwoTeams {
    test::ServerTestDatabase server;
    QSqlDatabase north = server.connectAs(u"north_nia"_s);
    QSqlDatabase south = server.connectAs(u"south_sam"_s);
    CaseRepository northCases{north, u"Nia North"_s};
    CaseRepository southCases{south, u"Sam South"_s};
    qint64 northCase = 0;

    TwoTeams()
    {
        const CaseWriteResult written = northCases.createCase(test::fullCase(u"N-0001"_s));
        INFO(written.error.toStdString());
        REQUIRE(written.ok());
        northCase = written.id;
    }
};

} // namespace

TEST_CASE("a member of South sees no row of North's case, in any table, by the repository or by SQL")
{
    TwoTeams teams;
    for (const QString& table : kCaseTables) {
        INFO(table.toStdString());
        CHECK(rowsIn(teams.north, table) > 0);
        CHECK(rowsIn(teams.south, table) == 0);
    }
    CHECK(teams.southCases.allCaseIds().empty());

    // Every record has the uid it travels by, and South can hold a record with North's uid (a
    // case imported into both teams) without being told North has it.
    QSqlQuery uids(teams.north);
    REQUIRE(uids.exec(u"SELECT uid FROM person"_s));
    REQUIRE(uids.next());
    const QString uid = uids.value(0).toString();
    CHECK(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(uid).hasMatch());
    REQUIRE(QSqlQuery(teams.south)
                .exec(u"INSERT INTO person (given_name, family_name, created_at, uid)"
                      " VALUES ('A', 'B', now(), '%1')"_s.arg(uid)));
    CHECK_FALSE(teams.southCases.load(teams.northCase));
    CHECK_FALSE(teams.southCases.findByReference(u"N-0001"_s));
    CHECK(teams.southCases.history(teams.northCase).empty());

    // A colleague in the same team sees the team's cases.
    QSqlDatabase sue = teams.server.connectAs(u"south_sue"_s);
    CaseRepository sueCases(sue, u"Sue South"_s);
    const CaseWriteResult southCase = teams.southCases.createCase(
        test::concernOnly(u"S-0001"_s, QDate(2026, 3, 1)));
    REQUIRE(southCase.ok());
    CHECK(sueCases.allCaseIds() == std::vector<qint64>{southCase.id});
    CHECK(teams.northCases.allCaseIds() == std::vector<qint64>{teams.northCase});
}

TEST_CASE("a member of South cannot change, add to or remove North's records, and is told only that there is "
          "no such record")
{
    TwoTeams teams;
    const CaseWriteResult note = teams.southCases.addNote(teams.northCase, u"Written into the wrong team"_s);
    CHECK_FALSE(note.ok());
    const CaseWriteResult missing = teams.southCases.addNote(999999, u"Written into no case"_s);
    CHECK_FALSE(missing.ok());
    // The same sentence as for a case that does not exist: nothing to tell the two apart.
    CHECK(note.error.toStdString()
          == QString(missing.error).replace(u"999999"_s, QString::number(teams.northCase)).toStdString());

    Person renamed = teams.northCases.load(teams.northCase)->person;
    renamed.givenName = u"Changed"_s;
    CHECK_FALSE(teams.southCases.updatePerson(teams.northCase, renamed).ok());

    // Plain SQL does no better: updates and deletes find no rows, an insert beneath North's
    // case is refused exactly as one beneath a case that does not exist.
    CHECK(rowsChangedBy(teams.south, u"UPDATE person SET given_name = 'Changed'"_s) == 0);
    CHECK(rowsChangedBy(teams.south, u"DELETE FROM case_note"_s) == 0);
    CHECK(rowsChangedBy(teams.south, u"UPDATE safeguarding_case SET team = 'South'"_s) == 0);
    const QString beneathNorth = refusalOf(
        teams.south,
        u"INSERT INTO case_note (case_id, written_at, author, body) VALUES (%1, now(), 'x', 'y')"_s.arg(
            teams.northCase));
    const QString beneathNothing = refusalOf(
        teams.south,
        u"INSERT INTO case_note (case_id, written_at, author, body) VALUES (999999, now(), 'x', 'y')"_s);
    CHECK_FALSE(beneathNorth.isEmpty());
    CHECK(beneathNorth.toStdString()
          == QString(beneathNothing).replace(u"999999"_s, QString::number(teams.northCase)).toStdString());
    // Naming North as the team is refused by the policy.
    CHECK_FALSE(refusalOf(teams.south,
                          u"INSERT INTO person (team, given_name, family_name, created_at)"
                          " VALUES ('North', 'A', 'B', now())"_s)
                    .isEmpty());

    const std::optional<CaseRecord> unchanged = teams.northCases.load(teams.northCase);
    REQUIRE(unchanged);
    CHECK(unchanged->person.givenName == test::fullCase().person.givenName);
    CHECK(unchanged->notes.size() == test::fullCase().notes.size());
}

TEST_CASE("South can use a reference North already has, so no refusal ever reveals that North has it")
{
    TwoTeams teams;
    const CaseWriteResult same = teams.southCases.createCase(
        test::concernOnly(u"N-0001"_s, QDate(2026, 3, 1)));
    INFO(same.error.toStdString());
    REQUIRE(same.ok());
    CHECK(teams.southCases.findByReference(u"N-0001"_s) == same.id);
    CHECK(teams.northCases.findByReference(u"N-0001"_s) == teams.northCase);
    // Within a team a reference is still unique.
    const CaseWriteResult again = teams.southCases.createCase(
        test::concernOnly(u"N-0001"_s, QDate(2026, 3, 2)));
    CHECK_FALSE(again.ok());
    CHECK(again.error.startsWith(u"Case reference"_s));
}

TEST_CASE("the owner role owns the tables but reads and writes no case: row-level security is forced on it")
{
    TwoTeams teams;
    QSqlDatabase owner = teams.server.connectAs(u"alongside_owner"_s);
    for (const QString& table : kCaseTables) {
        INFO(table.toStdString());
        CHECK(rowsIn(owner, table) == 0);
    }
    CaseRepository ownerCases(owner, u"IT"_s);
    const CaseWriteResult refused = ownerCases.createCase(test::concernOnly(u"IT-1"_s, QDate(2026, 3, 1)));
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(u"not a member of any team"_s));
}

TEST_CASE("the history's author is the login that signed in, whatever name or login the client writes")
{
    TwoTeams teams;
    const CaseWriteResult southCase = teams.southCases.createCase(
        test::concernOnly(u"S-0001"_s, QDate(2026, 3, 1)));
    REQUIRE(southCase.ok());
    QSqlQuery logins(teams.south);
    REQUIRE(logins.exec(u"SELECT DISTINCT login FROM record_history"_s));
    REQUIRE(logins.next());
    CHECK(logins.value(0).toString().toStdString() == "south_sam");
    CHECK_FALSE(logins.next());

    REQUIRE(refusalOf(teams.south,
                      u"INSERT INTO record_history (case_id, record, field, changed_by, changed_at, login)"
                      " VALUES (%1, 'case', 'stage', 'Nia North', now(), 'north_nia')"_s.arg(southCase.id))
                .isEmpty());
    QSqlQuery forged(teams.south);
    REQUIRE(forged.exec(u"SELECT login FROM record_history WHERE changed_by = 'Nia North'"_s));
    REQUIRE(forged.next());
    CHECK(forged.value(0).toString().toStdString() == "south_sam");
}
