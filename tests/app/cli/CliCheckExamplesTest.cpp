// The worked examples in docs/checks.md are run as written: each `$ cat FILE` must show the
// fixture as it is, and each `$ alongside-cli check …` must print exactly what the page shows
// (and exit with the code after `$ echo $?`, 0 when none is shown). So the page cannot drift
// from what the program does.

#include "CliProcess.h"

#include "codecs/CheckRunner.h"

#include "support/Catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

using namespace alongside;

namespace {

const QString kSourceDir = QStringLiteral(ALONGSIDE_SOURCE_DIR);

struct Example {
    QStringList words; // the command after "$ "
    QString expected;  // what the page shows it printing
    int exitCode = 0;
    int line = 0; // in docs/checks.md, for messages
};

QString readText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

std::vector<Example> examplesIn(const QString& markdown)
{
    std::vector<Example> examples;
    bool inConsole = false;
    bool exitCodeNext = false;
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (!inConsole) {
            inConsole = line == u"```console";
            continue;
        }
        if (line == u"```") {
            inConsole = false;
        } else if (exitCodeNext) {
            REQUIRE(!examples.empty());
            examples.back().exitCode = line.toInt();
            exitCodeNext = false;
        } else if (line == u"$ echo $?") {
            exitCodeNext = true;
        } else if (line.startsWith(u"$ ")) {
            examples.push_back({line.mid(2).split(u' ', Qt::SkipEmptyParts), {}, 0, static_cast<int>(i + 1)});
        } else if (!examples.empty()) {
            examples.back().expected += line + u'\n';
        }
    }
    return examples;
}

test::CliRun runInSourceDir(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(test::cleanEnvironment());
    process.setWorkingDirectory(kSourceDir);
    process.start(QStringLiteral(ALONGSIDE_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(10000));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

std::vector<Example> documentedExamples()
{
    return examplesIn(readText(kSourceDir + QStringLiteral("/docs/checks.md")));
}

} // namespace

TEST_CASE("every worked example in docs/checks.md prints what the page shows")
{
    const std::vector<Example> examples = documentedExamples();
    REQUIRE(examples.size() >= 10);
    for (const Example& example : examples) {
        INFO("docs/checks.md line " << example.line << ": " << example.words.join(u' ').toStdString());
        REQUIRE(example.words.size() >= 2);
        if (example.words.front() == u"cat") {
            REQUIRE(example.words.size() == 2);
            CHECK(readText(kSourceDir + u'/' + example.words.at(1)) == example.expected);
            continue;
        }
        REQUIRE(example.words.front() == u"alongside-cli");
        const test::CliRun run = runInSourceDir(example.words.mid(1));
        INFO(run.describe());
        CHECK(run.exitCode == example.exitCode);
        CHECK(run.out + run.err == example.expected);
    }
}

TEST_CASE("every check input fixture is a worked example, and every kind of check has one")
{
    QSet<QString> shown;
    QSet<QString> kinds;
    for (const Example& example : documentedExamples()) {
        if (example.words.size() == 4 && example.words.at(1) == u"check") {
            kinds.insert(example.words.at(2));
            shown.insert(QFileInfo(example.words.at(3)).fileName());
        }
    }
    const QDir fixtures(kSourceDir + QStringLiteral("/tests/fixtures/checks"));
    const QStringList files = fixtures.entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& file : files) {
        INFO(file.toStdString());
        CHECK(shown.contains(file));
    }
    for (const QString& kind : core::checkKindNames()) {
        INFO(kind.toStdString());
        CHECK(kinds.contains(kind));
    }
}
