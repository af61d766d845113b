// import and export, run as a user or a script would run them: the real binary, real stores,
// production key derivation.

#include "CliArguments.h"
#include "CliProcess.h"

#include "support/Catch.h"
#include "support/TestStores.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace alongside;
using test::CliRun;

namespace {

const QString kPassphrase = QString::fromLatin1(test::kPassphrase);

QString fixture(const char* name)
{
    return QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/fixtures/cases/") + QLatin1String(name);
}

CliRun run(const QString& store, const QString& command, const QStringList& extra = {})
{
    return test::runWithPassphrases(store, command, {kPassphrase}, extra);
}

QJsonObject info(const QString& store)
{
    const CliRun result = run(store, QStringLiteral("info"), {QStringLiteral("--json")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QString writeFile(const test::TempStoreFolder& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

cli::ParsedArguments parse(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return cli::parseArguments(list);
}

} // namespace

TEST_CASE("import and export arguments: one file for import, one or more --case for export, --out once")
{
    const auto import = parse({"--store", "s", "import", "cases.json"});
    CHECK(import.usageError.isEmpty());
    CHECK(import.arguments.command == cli::Command::Import);
    CHECK(import.arguments.importFile == QStringLiteral("cases.json"));

    const auto exported = parse({"export", "--case", "A-1", "--store=s", "--case=A-2", "--out", "x.json"});
    CHECK(exported.usageError.isEmpty());
    CHECK(exported.arguments.caseReferences == QStringList{QStringLiteral("A-1"), QStringLiteral("A-2")});
    CHECK(exported.arguments.outPath == QStringLiteral("x.json"));

    CHECK_FALSE(parse({"--store", "s", "import"}).usageError.isEmpty());
    CHECK_FALSE(parse({"--store", "s", "import", "a.json", "b.json"}).usageError.isEmpty());
    CHECK_FALSE(parse({"--store", "s", "export"}).usageError.isEmpty());
    CHECK_FALSE(parse({"--store", "s", "export", "--case"}).usageError.isEmpty());
    CHECK_FALSE(
        parse({"--store", "s", "export", "--case", "A", "--out", "a", "--out", "b"}).usageError.isEmpty());
    CHECK_FALSE(parse({"--store", "s", "info", "--case", "A"}).usageError.isEmpty());
    CHECK_FALSE(parse({"--store", "s", "verify", "x.json"}).usageError.isEmpty());
}

TEST_CASE("import of a good file exits 0, names the cases it added, and info's counts go up")
{
    test::TempStoreFolder folder;
    test::initStore(folder.storePath(), kPassphrase);
    const QJsonObject before = info(folder.storePath());

    const CliRun imported = run(folder.storePath(), QStringLiteral("import"), {fixture("maximal-case.json")});
    INFO(imported.describe());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("TEST-MAX-001")));
    CHECK(imported.err.isEmpty());

    const QJsonObject after = info(folder.storePath());
    CHECK(after[QStringLiteral("cases")].toInt() == before[QStringLiteral("cases")].toInt() + 1);
    CHECK(after[QStringLiteral("people")].toInt() == before[QStringLiteral("people")].toInt() + 1);
    CHECK(after[QStringLiteral("notes")].toInt() == before[QStringLiteral("notes")].toInt() + 6);

    // The same file again: its reference is taken now, so it is refused and nothing changes.
    const CliRun again = run(folder.storePath(), QStringLiteral("import"), {fixture("maximal-case.json")});
    CHECK(again.exitCode == 9);
    CHECK(again.err.contains(QStringLiteral("$.cases[0].reference: ")));
    CHECK(info(folder.storePath())[QStringLiteral("cases")] == after[QStringLiteral("cases")]);
}

TEST_CASE("import of a bad file exits 9, lists each problem with its path on stderr, and writes nothing")
{
    test::TempStoreFolder folder;
    test::initStore(folder.storePath(), kPassphrase);
    const CliRun rejected = run(folder.storePath(), QStringLiteral("import"),
                                {fixture("rejected-case.json")});
    INFO(rejected.describe());
    CHECK(rejected.exitCode == 9);
    CHECK(rejected.out.isEmpty());
    const QStringList expected{
        QStringLiteral("$.cases[0].person.dateOfBirth: \"1950-02-30\" is not a real date"),
        QStringLiteral("$.cases[0].person.nhsNumber: \"943 476 5918\" is not a valid NHS number"),
        QStringLiteral("$.cases[0].concern.riskTypes[1]: \"Finantial Abuse\" is not a SAC type of risk "
                       "(SG2a); expected one of"),
        QStringLiteral("$.cases[0].conversations[0].seenAlone: expected true or false, found text"),
    };
    for (const QString& line : expected)
        CHECK(rejected.err.contains(line));
    CHECK(rejected.err.contains(QStringLiteral("alongside-cli: the import file was rejected (4 problem(s)")));
    CHECK(info(folder.storePath())[QStringLiteral("cases")].toInt() == 0);
}

TEST_CASE("more than twenty problems are cut to the first twenty and a count of the rest")
{
    test::TempStoreFolder folder;
    QJsonArray cases;
    for (int i = 0; i < 25; ++i)
        cases.append(QJsonObject{{QStringLiteral("reference"), QStringLiteral("R-%1").arg(i)}});
    const QByteArray file = QJsonDocument(
                                QJsonObject{{QStringLiteral("format"), QStringLiteral("alongside-case")},
                                            {QStringLiteral("version"), 1},
                                            {QStringLiteral("cases"), cases}})
                                .toJson();
    // 25 cases, each without a person and without a concern: 50 problems. No store is needed
    // to find them, so none is made.
    const CliRun rejected = run(folder.storePath(), QStringLiteral("import"),
                                {writeFile(folder, QStringLiteral("many.json"), file)});
    INFO(rejected.describe());
    CHECK(rejected.exitCode == 9);
    CHECK(rejected.err.split(u'\n').filter(QRegularExpression(QStringLiteral("^\\$\\.cases"))).size() == 20);
    CHECK(rejected.err.contains(QStringLiteral("\nand 30 more\n")));
    CHECK(rejected.err.contains(QStringLiteral("(50 problem(s)")));
}

TEST_CASE(
    "export --case prints a case file that import accepts into another store, and it exports back the same")
{
    test::TempStoreFolder first;
    test::initStore(first.storePath(), kPassphrase);
    REQUIRE(run(first.storePath(), QStringLiteral("import"), {fixture("maximal-case.json")}).exitCode == 0);
    const CliRun exported = run(first.storePath(), QStringLiteral("export"),
                                {QStringLiteral("--case"), QStringLiteral("TEST-MAX-001")});
    INFO(exported.describe());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.err.isEmpty());
    CHECK(QJsonDocument::fromJson(exported.out.toUtf8())[QStringLiteral("format")].toString()
          == QStringLiteral("alongside-case"));

    test::TempStoreFolder second;
    test::initStore(second.storePath(), kPassphrase);
    const QString file = writeFile(second, QStringLiteral("moved.json"), exported.out.toUtf8());
    const CliRun imported = run(second.storePath(), QStringLiteral("import"), {file});
    INFO(imported.describe());
    REQUIRE(imported.exitCode == 0);
    const CliRun again = run(second.storePath(), QStringLiteral("export"),
                             {QStringLiteral("--case"), QStringLiteral("TEST-MAX-001")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out == exported.out);
}

TEST_CASE(
    "export --out writes a new file only its owner can read, never overwrites, and an unknown case exits 7")
{
    test::TempStoreFolder folder;
    test::initStore(folder.storePath(), kPassphrase);
    REQUIRE(run(folder.storePath(), QStringLiteral("import"), {fixture("maximal-case.json")}).exitCode == 0);

    const QString out = folder.filePath(QStringLiteral("out.json"));
    const CliRun written = run(
        folder.storePath(), QStringLiteral("export"),
        {QStringLiteral("--case"), QStringLiteral("TEST-MAX-001"), QStringLiteral("--out"), out});
    INFO(written.describe());
    REQUIRE(written.exitCode == 0);
    const QFileDevice::Permissions permissions = QFileInfo(out).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                   | QFileDevice::WriteOther));
    const QByteArray bytes = test::readWholeFile(out);
    CHECK(bytes.contains("\"reference\": \"TEST-MAX-001\""));

    const CliRun overwrite = run(
        folder.storePath(), QStringLiteral("export"),
        {QStringLiteral("--case"), QStringLiteral("TEST-MAX-001"), QStringLiteral("--out"), out});
    CHECK(overwrite.exitCode == 7);
    CHECK(overwrite.err.contains(QStringLiteral("already exists")));
    CHECK(test::readWholeFile(out) == bytes);

    const CliRun unknown = run(folder.storePath(), QStringLiteral("export"),
                               {QStringLiteral("--case"), QStringLiteral("NO-SUCH-CASE")});
    CHECK(unknown.exitCode == 7);
    CHECK(unknown.err.contains(QStringLiteral("NO-SUCH-CASE")));
    CHECK(unknown.out.isEmpty());
}
