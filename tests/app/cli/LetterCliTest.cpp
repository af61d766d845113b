// The letter and plain-check commands, run as a user or a script would run them: the real
// binary, a real store made with the production key derivation.

#include "CliArguments.h"
#include "CliProcess.h"

#include "codecs/CaseJsonWriter.h"
#include "demo/DemoJourneys.h"
#include "documents/EasyReadLetterBuilder.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/store/Store.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace alongside;
using test::CliRun;

namespace {

const QString kPassphrase = QString::fromLatin1(test::kPassphrase);

QString writeFile(const test::TempStoreFolder& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// A store made through the CLI holding the demo journeys (Arthur's is DEMO-008: not met).
struct DemoStore {
    test::TempStoreFolder folder;
    QString store = folder.storePath();

    DemoStore()
    {
        test::initStore(store, kPassphrase);
        const QString cases = writeFile(folder, QStringLiteral("demo.json"),
                                        core::caseFileText(core::demoJourneys(QDate(2026, 3, 3))));
        const CliRun imported = test::runWithPassphrases(store, QStringLiteral("import"), {kPassphrase},
                                                         {cases});
        INFO(imported.describe());
        REQUIRE(imported.exitCode == 0);
    }
    CliRun letter(const QStringList& extra)
    {
        return test::runWithPassphrases(store, QStringLiteral("letter"), {kPassphrase}, extra);
    }
};

} // namespace

TEST_CASE("plain-check prints every finding as JSON with the rule, the reason and a suggestion")
{
    test::TempStoreFolder folder;
    const QString text = writeFile(folder, QStringLiteral("letter.txt"),
                                   "We talked with you.\nThe IMCA was told about it on 03/03/2026.\n");
    const CliRun result = test::runCli({QStringLiteral("plain-check"), text});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("sentences")).toInt() == 2);
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QStringList rules;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        CHECK(finding.value(QStringLiteral("sentence")).toInt() == 2);
        CHECK_FALSE(finding.value(QStringLiteral("reason")).toString().isEmpty());
        CHECK(finding.value(QStringLiteral("citation")).toString().startsWith(QStringLiteral("Easy read:")));
        rules << finding.value(QStringLiteral("rule")).toString();
    }
    CHECK(rules
          == QStringList{QStringLiteral("jargon"), QStringLiteral("passive-voice"),
                         QStringLiteral("date-not-written-out")});
    CHECK(findings.at(2)
              .toObject()
              .value(QStringLiteral("suggestion"))
              .toString()
              .contains(QStringLiteral("Tuesday 3 March 2026")));
}

TEST_CASE("plain-check needs no store, and says so if given one")
{
    CHECK(test::runCli({QStringLiteral("plain-check"), QStringLiteral("/nowhere/at/all.txt")}).exitCode == 7);
    const CliRun withStore = test::runCli({QStringLiteral("--store"), QStringLiteral("x.alongside"),
                                           QStringLiteral("plain-check"), QStringLiteral("a.txt")});
    CHECK(withStore.exitCode == 2);
}

TEST_CASE("the letter command needs one case and a PDF to write")
{
    const auto parsed = [](const QStringList& words) { return cli::parseArguments(words).usageError; };
    CHECK(parsed({QStringLiteral("--store"), QStringLiteral("s"), QStringLiteral("letter"),
                  QStringLiteral("--out"), QStringLiteral("a.pdf")})
              .contains(QStringLiteral("--case")));
    CHECK(parsed({QStringLiteral("--store"), QStringLiteral("s"), QStringLiteral("letter"),
                  QStringLiteral("--case"), QStringLiteral("DEMO-008")})
              .contains(QStringLiteral("--out")));
    CHECK(parsed({QStringLiteral("--store"), QStringLiteral("s"), QStringLiteral("info"),
                  QStringLiteral("--large-print")})
              .contains(QStringLiteral("letter")));
    CHECK(parsed({QStringLiteral("--store"), QStringLiteral("s"), QStringLiteral("letter"),
                  QStringLiteral("--case"), QStringLiteral("DEMO-008"), QStringLiteral("--out"),
                  QStringLiteral("a.pdf"), QStringLiteral("--large-print"), QStringLiteral("--html"),
                  QStringLiteral("a.html")})
              .isEmpty());
}

TEST_CASE("a letter nobody has approved is written as a draft, and the command says so")
{
    DemoStore demo;
    const QString pdf = demo.folder.filePath(QStringLiteral("arthur.pdf"));
    const QString html = demo.folder.filePath(QStringLiteral("arthur.html"));
    const CliRun result = demo.letter({QStringLiteral("--case"), QStringLiteral("DEMO-008"),
                                       QStringLiteral("--out"), pdf, QStringLiteral("--html"), html,
                                       QStringLiteral("--large-print")});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("has not been reviewed and approved")));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("DRAFT: not yet checked. Do not send.")));
    CHECK(text.contains(QStringLiteral("This did not happen.")));
    CHECK(QFileInfo(html).size() > 1000);
    // Personal details, not encrypted: for the owner's eyes only.
    CHECK(QFileInfo(pdf).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    const CliRun again = demo.letter(
        {QStringLiteral("--case"), QStringLiteral("DEMO-008"), QStringLiteral("--out"), pdf});
    CHECK(again.exitCode == 7); // never over an existing file
}

TEST_CASE("the letter command prints the practitioner's approved letter, not a fresh draft")
{
    DemoStore demo;
    {
        core::StoreError error;
        const auto store = core::Store::open(demo.store, test::secret(kPassphrase), &error);
        REQUIRE(store);
        const core::CaseRepository cases(store->database(), {});
        const auto record = cases.load(*cases.findByReference(QStringLiteral("DEMO-008")));
        core::LetterSources sources;
        sources.date = QDate(2026, 3, 3);
        auto letter = core::buildEasyReadLetter(*record, sources);
        letter.sections.front().blocks.front().sentences.front().setText(
            QStringLiteral("Dear Arthur, this is for you."));
        letter.markEverySentenceReviewed(true);
        core::LetterRepository letters(store->database(), QStringLiteral("Alex Example"));
        const auto saved = letters.save(0, letter);
        REQUIRE(letters.approve(saved.id).ok());
    }
    const QString pdf = demo.folder.filePath(QStringLiteral("approved.pdf"));
    const CliRun result = demo.letter(
        {QStringLiteral("--case"), QStringLiteral("DEMO-008"), QStringLiteral("--out"), pdf});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK_FALSE(result.err.contains(QStringLiteral("not been reviewed")));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Dear Arthur, this is for you.")));
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
}

TEST_CASE("a letter for a case that is not in the store is refused")
{
    DemoStore demo;
    const QString pdf = demo.folder.filePath(QStringLiteral("nobody.pdf"));
    const CliRun result = demo.letter(
        {QStringLiteral("--case"), QStringLiteral("NOPE-1"), QStringLiteral("--out"), pdf});
    CHECK(result.exitCode == 7);
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("a council's own pictures folder is used for the letter's pictures")
{
    DemoStore demo;
    const QString council = demo.folder.filePath(QStringLiteral("symbols"));
    REQUIRE(QDir().mkpath(council));
    QImage tick(64, 64, QImage::Format_RGB32);
    tick.fill(Qt::darkBlue);
    REQUIRE(tick.save(council + QStringLiteral("/tick.png")));
    const QString pdf = demo.folder.filePath(QStringLiteral("council.pdf"));
    const CliRun result = demo.letter({QStringLiteral("--case"), QStringLiteral("DEMO-007"),
                                       QStringLiteral("--out"), pdf, QStringLiteral("--pictures"), council});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(images.waitForFinished(60000));
    // The header's two lines, then the council's tick (used once, stored once): the only image.
    CHECK(QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).size() == 3);

    const CliRun missing = demo.letter(
        {QStringLiteral("--case"), QStringLiteral("DEMO-007"), QStringLiteral("--out"),
         demo.folder.filePath(QStringLiteral("x.pdf")), QStringLiteral("--pictures"),
         demo.folder.filePath(QStringLiteral("nowhere"))});
    CHECK(missing.exitCode == 7);
}

TEST_CASE("a draft lists on standard error each sentence still written for colleagues, with the finding")
{
    DemoStore demo;
    const QString pdf = demo.folder.filePath(QStringLiteral("tom.pdf"));
    const CliRun result = demo.letter(
        {QStringLiteral("--case"), QStringLiteral("DEMO-004"), QStringLiteral("--out"), pdf});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.contains(
        QStringLiteral("\"Fire service: Home fire safety visit.\" was written for colleagues")));
    CHECK(result.err.contains(
        QStringLiteral("\"Tom sorted everything himself, at his own pace.\" was written for colleagues")));
    // What the plain-language check finds in such a sentence is printed under it.
    CHECK(result.err.contains(QStringLiteral("number-as-word")));
    CHECK(result.err.contains(QStringLiteral("third-person: \"Tom\" talks about the reader")));
}

TEST_CASE("a draft with nobody named to contact says so, and where to add them")
{
    DemoStore demo;
    const QString pdf = demo.folder.filePath(QStringLiteral("arthur.pdf"));
    const CliRun result = demo.letter(
        {QStringLiteral("--case"), QStringLiteral("DEMO-008"), QStringLiteral("--out"), pdf});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("does not say who Arthur can contact")));
    CHECK(result.err.contains(QStringLiteral("File → About you (who is writing)…")));
}

TEST_CASE("the letter command says once that the file it wrote is not encrypted")
{
    DemoStore demo;
    const QString pdf = demo.folder.filePath(QStringLiteral("win.pdf"));
    const QString html = demo.folder.filePath(QStringLiteral("win.html"));
    const CliRun result = demo.letter({QStringLiteral("--case"), QStringLiteral("DEMO-007"),
                                       QStringLiteral("--out"), pdf, QStringLiteral("--html"), html});
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.count(QStringLiteral("not encrypted")) == 1);
    CHECK(QFileInfo(html).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
}
