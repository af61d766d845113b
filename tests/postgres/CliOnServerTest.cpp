// alongside-cli on a council's PostgreSQL server, run as IT and practitioners would run it: the
// real binary, a real server, no passphrase (the test cluster trusts its private socket; a
// council's server asks libpq, which reads ~/.pgpass or uses Kerberos).

#include "ServerTestDatabase.h"
#include "cli/CliProcess.h"

#include "support/Catch.h"

#include <QTemporaryDir>

using namespace alongside;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kCaseFile = QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/fixtures/cases/maximal-case.json");

} // namespace

TEST_CASE(
    "IT migrates a new database with db migrate as the owner role, and running it again changes nothing")
{
    test::ServerTestDatabase server(test::ServerTestDatabase::Setup::Empty);
    const QString owner = server.uri(u"alongside_owner"_s);

    // Before the migration a practitioner is told to ask IT, and nothing is created.
    const test::CliRun early = test::runCli({u"--store"_s, server.uri(u"south_sam"_s), u"info"_s});
    INFO(early.describe());
    CHECK(early.exitCode == 4);
    CHECK(early.err.contains(u"db migrate"_s));

    const test::CliRun first = test::runCli({u"--store"_s, owner, u"db"_s, u"migrate"_s});
    INFO(first.describe());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(u"schema version 1, migrated by alongside_owner"_s));
    const test::CliRun again = test::runCli({u"--store"_s, owner, u"db"_s, u"migrate"_s});
    INFO(again.describe());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"schema version 1"_s));

    server.addTeams();
    const test::CliRun info = test::runCli({u"--store"_s, server.uri(u"south_sam"_s), u"info"_s});
    INFO(info.describe());
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(u"Signed in as: south_sam"_s));
    CHECK(info.out.contains(u"Teams: South"_s));
    CHECK(info.out.contains(u"Cases this login can see: 0"_s));
}

TEST_CASE(
    "a practitioner imports and exports cases on the server, and another team's member cannot export them")
{
    test::ServerTestDatabase server;
    const QString sam = server.uri(u"south_sam"_s);
    const test::CliRun imported = test::runCli({u"--store"_s, sam, u"import"_s, kCaseFile});
    INFO(imported.describe());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(u"TEST-MAX-001"_s));

    QTemporaryDir folder;
    const QString out = folder.filePath(u"exported.json"_s);
    const test::CliRun exported = test::runCli(
        {u"--store"_s, sam, u"export"_s, u"--case"_s, u"TEST-MAX-001"_s, u"--out"_s, out});
    INFO(exported.describe());
    CHECK(exported.exitCode == 0);
    CHECK(QFile::exists(out));

    const test::CliRun north = test::runCli(
        {u"--store"_s, server.uri(u"north_nia"_s), u"export"_s, u"--case"_s, u"TEST-MAX-001"_s});
    INFO(north.describe());
    CHECK(north.exitCode == 7);
    CHECK_FALSE(north.out.contains(u"Ada"_s));

    // Importing the same file again is refused in South, and the case is still there once.
    const test::CliRun twice = test::runCli({u"--store"_s, sam, u"import"_s, kCaseFile});
    CHECK(twice.exitCode == 9);
    const test::CliRun info = test::runCli({u"--store"_s, sam, u"info"_s});
    CHECK(info.out.contains(u"Cases this login can see: 1"_s));
}

TEST_CASE(
    "a server address with a password, or a command not built for a server yet, is refused with what to do")
{
    const test::CliRun password = test::runCli(
        {u"--store"_s, u"postgresql://sam:hunter2@db.council.example/alongside"_s, u"info"_s});
    INFO(password.describe());
    CHECK(password.exitCode == 2);
    CHECK(password.err.contains(u".pgpass"_s));
    CHECK_FALSE(password.both().contains(u"hunter2"_s));

    test::ServerTestDatabase server;
    const test::CliRun report = test::runCli({u"--store"_s, server.uri(u"south_sam"_s), u"report"_s, u"sac"_s,
                                              u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s});
    INFO(report.describe());
    CHECK(report.exitCode == 15);
    CHECK(report.err.contains(u"not work on a council server yet"_s));

    const test::CliRun migrateFile = test::runCli(
        {u"--store"_s, u"cases.alongside"_s, u"db"_s, u"migrate"_s});
    CHECK(migrateFile.exitCode == 2);
    CHECK(migrateFile.err.contains(u"council server"_s));
}
