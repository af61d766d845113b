// `alongside-cli check KIND FILE.json`: arguments in-process, then the real binary on real files.

#include "CliArguments.h"
#include "CliProcess.h"

#include "support/Catch.h"
#include "support/TestStores.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace alongside;
using test::CliRun;

namespace {

cli::ParsedArguments parse(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return cli::parseArguments(list);
}

QString fixture(const char* name)
{
    return QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/fixtures/checks/") + QLatin1String(name);
}

QString writeFile(const test::TempStoreFolder& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

CliRun check(const char* kind, const QString& path)
{
    return test::runCli({QStringLiteral("check"), QString::fromLatin1(kind), path});
}

} // namespace

TEST_CASE("check arguments: a kind and a file, and no store or passphrase")
{
    const auto parsed = parse({"check", "best-interests", "record.json"});
    CHECK(parsed.usageError.isEmpty());
    CHECK(parsed.arguments.command == cli::Command::Check);
    CHECK(parsed.arguments.checkKind == QStringLiteral("best-interests"));
    CHECK(parsed.arguments.checkFile == QStringLiteral("record.json"));
    CHECK(parse({"check", "imca", "x.json", "--json"}).usageError.isEmpty());

    CHECK_FALSE(parse({"check"}).usageError.isEmpty());
    CHECK_FALSE(parse({"check", "imca"}).usageError.isEmpty());
    CHECK_FALSE(parse({"check", "imca", "a.json", "b.json"}).usageError.isEmpty());
    CHECK(parse({"--store", "s", "check", "imca", "a.json"})
              .usageError.contains(QStringLiteral("needs no store")));
    CHECK_FALSE(parse({"--passphrase-stdin", "check", "imca", "a.json"}).usageError.isEmpty());
    CHECK_FALSE(parse({"check", "imca", "a.json", "--case", "A-1"}).usageError.isEmpty());
}

TEST_CASE("an unknown kind of check exits 2 and lists the kinds without repeating the word")
{
    const CliRun run = check("correct-horse-battery", fixture("advocacy-daughter-implicated.json"));
    INFO(run.describe());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("advocacy, imca, one-advocate, capacity, best-interests, wishes")));
    CHECK_FALSE(run.err.contains(QStringLiteral("correct-horse-battery")));
    CHECK(run.out.isEmpty());
}

TEST_CASE("a check file that does not exist exits 7")
{
    test::TempStoreFolder folder;
    const CliRun run = check("imca", folder.filePath(QStringLiteral("nothing-here.json")));
    INFO(run.describe());
    CHECK(run.exitCode == 7);
    CHECK(run.err.contains(QStringLiteral("there is no file")));
}

TEST_CASE("malformed check input exits 9 with each problem's path and reason on standard error and nothing "
          "on standard output")
{
    const CliRun run = check("advocacy", fixture("advocacy-malformed.json"));
    INFO(run.describe());
    CHECK(run.exitCode == 9);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("$.process: \"section 42\" is not a process")));
    CHECK(run.err.contains(QStringLiteral("$.substantialDifficulty.understanding.found: \"maybe\"")));
    CHECK(run.err.contains(QStringLiteral("$.consideredIndividuals[0].implicted: unknown field")));
    CHECK(run.err.contains(QStringLiteral("$.nhsPlacement.likelyDays: expected a whole number of days")));
    CHECK(run.err.endsWith(
        QStringLiteral("alongside-cli: the check input was rejected (4 problem(s), listed above)\n")));
}

TEST_CASE("check input that is not JSON is reported with its line and column")
{
    test::TempStoreFolder folder;
    const QString path = writeFile(folder, QStringLiteral("broken.json"),
                                   "{\n  \"process\": \"review\",\n  oops\n}\n");
    const CliRun run = check("advocacy", path);
    INFO(run.describe());
    CHECK(run.exitCode == 9);
    CHECK(run.err.contains(QStringLiteral("$: not valid JSON at line 3, column")));

    const QString list = writeFile(folder, QStringLiteral("list.json"), "[]");
    CHECK(check("imca", list).err.contains(QStringLiteral("$: expected an object")));
}

TEST_CASE("every kind of check runs from a file with no store and no passphrase, printing one JSON object")
{
    test::TempStoreFolder folder;
    const QString empty = writeFile(folder, QStringLiteral("empty.json"), "{}");
    const std::pair<const char*, const char*> kinds[] = {
        {"imca", "does-not-apply"},
        {"capacity", "incomplete"},
        {"best-interests", "incomplete"},
        {"wishes", "wish-not-recorded"},
    };
    for (const auto& [kind, decision] : kinds) {
        const CliRun run = check(kind, empty);
        INFO(run.describe());
        CHECK(run.exitCode == 0);
        CHECK(run.err.isEmpty());
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(result.value(QStringLiteral("check")).toString() == QLatin1String(kind));
        CHECK(result.value(QStringLiteral("decision")).toString() == QLatin1String(decision));
    }
    // The advocacy and one-advocate checks cannot guess the process, so it is required.
    CHECK(check("advocacy", empty).err.contains(QStringLiteral("$.process: required field is missing")));
    const CliRun oneAdvocate = check("one-advocate", empty);
    CHECK(oneAdvocate.err.contains(QStringLiteral("$.careAct: required field is missing")));
    CHECK(oneAdvocate.err.contains(QStringLiteral("$.imca: required field is missing")));
}

// Issue 13: `alongside-cli check` prints the subsection and paragraph each reason rests on, as
// read in the Act and the Regulations (Care Act 2014 s.68(1)(a), (6); SI 2006/2883 reg 4(1)(a),
// (b)(i), (c)).
TEST_CASE("check prints the subsection of s.68 and the paragraphs of reg 4 that each reason rests on")
{
    const CliRun enquiry = check("advocacy", fixture("advocacy-daughter-implicated.json"));
    INFO(enquiry.describe());
    REQUIRE(enquiry.exitCode == 0);
    CHECK(enquiry.out.contains(QStringLiteral("\"Care Act 2014 s.68(1)(a); s.42(2)\"")));
    CHECK(enquiry.out.contains(QStringLiteral("\"Care Act 2014 s.68(6)\"")));
    CHECK_FALSE(enquiry.out.contains(QStringLiteral("\"Care Act 2014 s.68(1); s.42(2)\"")));

    const CliRun move = check("imca", fixture("imca-care-home-move.json"));
    INFO(move.describe());
    REQUIRE(move.exitCode == 0);
    CHECK(move.out.contains(QStringLiteral("\"SI 2006/2883 reg 4(1)(c)\"")));
    CHECK_FALSE(move.out.contains(QStringLiteral("\"SI 2006/2883 reg 4\"")));
}
