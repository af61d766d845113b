// keys and bundle, run as a practitioner and a team leader would run them: the real binary, real
// stores and real bundle files, production key derivation. Exit codes as docs/cli.md lists them.

#include "CliArguments.h"
#include "CliProcess.h"

#include "support/Catch.h"
#include "support/TestStores.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace alongside;
using test::CliRun;

namespace {

const QString kPassphrase = QString::fromLatin1(test::kPassphrase);

QString fixture(const char* name)
{
    return QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/fixtures/cases/") + QLatin1String(name);
}

CliRun run(const QString& store, const QStringList& words)
{
    const CliRun result = test::runWithPassphrases(store, words.first(), {kPassphrase}, words.mid(1));
    return result;
}

CliRun succeed(const QString& store, const QStringList& words)
{
    const CliRun result = run(store, words);
    INFO(words.join(u' ').toStdString() << "\n" << result.describe());
    REQUIRE(result.exitCode == 0);
    return result;
}

// A practitioner's store with its public-key file beside it.
struct CliColleague {
    QString store;
    QString keyFile;
    QString fingerprint;
};

CliColleague makeColleague(const test::TempStoreFolder& folder, const QString& name)
{
    CliColleague colleague{folder.filePath(name + QStringLiteral(".alongside")),
                           folder.filePath(name + QStringLiteral(".alongside-keys")),
                           {}};
    test::initStore(colleague.store, kPassphrase);
    const CliRun shown = succeed(colleague.store, {QStringLiteral("keys"), QStringLiteral("show")});
    // No name is set in a store made by the CLI: keys show says so, on standard error only.
    CHECK(shown.err.contains(QStringLiteral("your name is not set")));
    const auto match = QRegularExpression(QStringLiteral("fingerprint: ([0-9 ]+)\n")).match(shown.out);
    REQUIRE(match.hasMatch());
    colleague.fingerprint = match.captured(1);
    QFile file(colleague.keyFile);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(shown.out.toUtf8());
    return colleague;
}

void trust(const CliColleague& truster, const CliColleague& trusted)
{
    succeed(truster.store,
            {QStringLiteral("keys"), QStringLiteral("trust"), trusted.keyFile,
             QStringLiteral("--fingerprint"), trusted.fingerprint});
}

qint64 casesIn(const QString& store)
{
    const CliRun info = succeed(store, {QStringLiteral("info"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("cases")).toInteger();
}

cli::ParsedArguments parse(const QStringList& words)
{
    return cli::parseArguments(words);
}

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(u' ');
}

} // namespace

TEST_CASE("keys and bundle arguments: what each needs, and nothing it does not")
{
    CHECK(parse(words("--store s keys show")).usageError.isEmpty());
    CHECK(parse(words("--store s keys list")).usageError.isEmpty());
    CHECK(parse(words("--store s keys trust a.keys --fingerprint 1")).usageError.isEmpty());
    CHECK(parse(words("--store s keys revoke 4031 8857 0926 5123 0774 1320 9851 2231")).usageError.isEmpty());
    CHECK(parse(words("--store s bundle make --to a --to b --case A --case B --out x")).usageError.isEmpty());
    CHECK(parse(words("--store s bundle make --to a --all --out x")).arguments.allCases);
    CHECK(parse(words("--store s bundle open x")).usageError.isEmpty());

    CHECK_FALSE(parse(words("--store s keys")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s keys show extra")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s keys trust")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s keys revoke 1234")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s keys show --fingerprint 1")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s bundle make --all --out x")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s bundle make --to a --out x")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s bundle make --to a --all --case A --out x")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s bundle make --to a --all")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s bundle open")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s bundle open x --all")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s export --case A --all")).usageError.isEmpty());
    CHECK_FALSE(parse(words("bundle open x")).usageError.isEmpty()); // --store is required
    CHECK(parse(words("--store s bundle make --to a --aggregate --year 2025 --out x")).arguments.aggregate);
    CHECK(parse(words("--store s bundle make --to a --aggregate --out x")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s bundle make --to a --aggregate --all --out x")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s bundle make --to a --all --year 2025 --out x")).usageError.isEmpty());
    CHECK_FALSE(
        parse(words("--store s bundle make --to a --aggregate --year 25 --out x")).usageError.isEmpty());
    CHECK_FALSE(parse(words("--store s bundle open x --aggregate")).usageError.isEmpty());
    // report keeps its own --to DATE.
    CHECK(parse(words("--store s report outcomes --from 2025-04-01 --to 2026-03-31")).usageError.isEmpty());
}

TEST_CASE("a practitioner sends cases to their team leader from the command line")
{
    test::TempStoreFolder folder;
    const CliColleague sam = makeColleague(folder, QStringLiteral("sam"));
    const CliColleague lee = makeColleague(folder, QStringLiteral("lee"));
    succeed(sam.store, {QStringLiteral("import"), fixture("maximal-case.json")});

    // Trusting needs the fingerprint as heard; without it the CLI explains, before any passphrase.
    const CliRun unheard = test::runCli(
        {QStringLiteral("--store"), sam.store, QStringLiteral("keys"), QStringLiteral("trust"), lee.keyFile});
    CHECK(unheard.exitCode == 2);
    CHECK(unheard.err.contains(QStringLiteral("phone your colleague on a number you already know")));
    QString misheard = lee.fingerprint;
    misheard[0] = misheard[0] == u'1' ? u'2' : u'1';
    const CliRun wrong = run(sam.store,
                             {QStringLiteral("keys"), QStringLiteral("trust"), lee.keyFile,
                              QStringLiteral("--fingerprint"), misheard});
    CHECK(wrong.exitCode == 14);
    CHECK(wrong.err.contains(QStringLiteral("does not match")));

    // A bundle to keys nobody has checked is refused (12) and no file appears.
    const QString bundle = folder.filePath(QStringLiteral("to-lee.alongside-bundle"));
    const QStringList make{QStringLiteral("bundle"),
                           QStringLiteral("make"),
                           QStringLiteral("--to"),
                           lee.keyFile,
                           QStringLiteral("--all"),
                           QStringLiteral("--out"),
                           bundle};
    const CliRun untrusted = run(sam.store, make);
    CHECK(untrusted.exitCode == 12);
    CHECK(untrusted.err.contains(lee.fingerprint));
    CHECK_FALSE(QFile::exists(bundle));

    trust(sam, lee);
    trust(lee, sam);
    const CliRun made = succeed(sam.store, make);
    CHECK(made.out.contains(QStringLiteral("number 1")));
    CHECK(made.out.contains(QStringLiteral("TEST-MAX-001")));
    CHECK(QFile::exists(bundle));
    CHECK(run(sam.store, make).exitCode == 7); // never over an existing file

    // The bundle opens once (0), then is already imported (13).
    const CliRun opened = succeed(lee.store, {QStringLiteral("bundle"), QStringLiteral("open"), bundle});
    CHECK(opened.out.contains(QStringLiteral("Imported 1 case")));
    CHECK(casesIn(lee.store) == 1);
    const CliRun again = run(lee.store, {QStringLiteral("bundle"), QStringLiteral("open"), bundle});
    CHECK(again.exitCode == 13);
    CHECK(again.err.contains(QStringLiteral("already imported")));
}

TEST_CASE("a damaged, misaddressed or revoked sender's bundle is refused at the command line with its own "
          "exit code")
{
    test::TempStoreFolder folder;
    const CliColleague sam = makeColleague(folder, QStringLiteral("sam"));
    const CliColleague lee = makeColleague(folder, QStringLiteral("lee"));
    succeed(sam.store, {QStringLiteral("import"), fixture("maximal-case.json")});
    trust(sam, lee);
    trust(lee, sam);
    const QString bundle = folder.filePath(QStringLiteral("to-lee.alongside-bundle"));
    succeed(sam.store,
            {QStringLiteral("bundle"), QStringLiteral("make"), QStringLiteral("--to"), lee.keyFile,
             QStringLiteral("--case"), QStringLiteral("TEST-MAX-001"), QStringLiteral("--out"), bundle});

    // Damaged copies: 10, nothing imported.
    QByteArray bytes = test::readWholeFile(bundle);
    const QString truncated = folder.filePath(QStringLiteral("truncated.alongside-bundle"));
    const QString tampered = folder.filePath(QStringLiteral("tampered.alongside-bundle"));
    {
        QFile out(truncated);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() - 50));
    }
    {
        bytes[bytes.size() - 30] = char(bytes[bytes.size() - 30] ^ 0x10);
        QFile out(tampered);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    const CliRun cut = run(lee.store, {QStringLiteral("bundle"), QStringLiteral("open"), truncated});
    CHECK(cut.exitCode == 10);
    CHECK(cut.err.contains(QStringLiteral("incomplete")));
    const CliRun changed = run(lee.store, {QStringLiteral("bundle"), QStringLiteral("open"), tampered});
    CHECK(changed.exitCode == 10);
    CHECK(changed.err.contains(QStringLiteral("changed or damaged")));

    // Not for this store (11): Sam's own store cannot open what Sam sealed to Lee.
    const CliRun misaddressed = run(sam.store, {QStringLiteral("bundle"), QStringLiteral("open"), bundle});
    CHECK(misaddressed.exitCode == 11);
    CHECK(misaddressed.err.contains(QStringLiteral("not made for this store")));

    // Lee revokes Sam's keys (never Lee's own: 14): Sam's bundle is then refused (12).
    CHECK(run(lee.store, {QStringLiteral("keys"), QStringLiteral("revoke"), lee.fingerprint}).exitCode == 14);
    succeed(lee.store,
            {QStringLiteral("keys"), QStringLiteral("revoke"), sam.fingerprint, QStringLiteral("--reason"),
             QStringLiteral("laptop lost")});
    const CliRun listed = succeed(lee.store, {QStringLiteral("keys"), QStringLiteral("list")});
    CHECK(listed.out.contains(QStringLiteral("REVOKED")));
    CHECK(listed.out.contains(QStringLiteral("laptop lost")));
    const CliRun revoked = run(lee.store, {QStringLiteral("bundle"), QStringLiteral("open"), bundle});
    CHECK(revoked.exitCode == 12);
    CHECK(revoked.err.contains(QStringLiteral("revoked")));
    CHECK(casesIn(lee.store) == 0);
}

TEST_CASE("a team sends its year's figures to the Board from the command line, and the Board's report counts "
          "them in with small numbers hidden")
{
    test::TempStoreFolder folder;
    const CliColleague lee = makeColleague(folder, QStringLiteral("lee"));
    const CliColleague bea = makeColleague(folder, QStringLiteral("bea"));
    // One concluded s.42 enquiry, closed on 20 April 2026: the reporting year 2026-27.
    succeed(lee.store, {QStringLiteral("import"), fixture("maximal-case.json")});
    trust(lee, bea);
    trust(bea, lee);
    const QString bundle = folder.filePath(QStringLiteral("figures.alongside-bundle"));
    const CliRun made = succeed(lee.store,
                                {QStringLiteral("bundle"), QStringLiteral("make"), QStringLiteral("--to"),
                                 bea.keyFile, QStringLiteral("--aggregate"), QStringLiteral("--year"),
                                 QStringLiteral("2026"), QStringLiteral("--out"), bundle});
    CHECK(made.out.contains(QStringLiteral("2026-27")));
    CHECK(made.out.contains(QStringLiteral("1 concluded s.42 enquiry")));

    const CliRun opened = succeed(bea.store, {QStringLiteral("bundle"), QStringLiteral("open"), bundle});
    CHECK(opened.out.contains(QStringLiteral("2026-27")));
    CHECK(casesIn(bea.store) == 0); // figures only: no case comes with them
    CHECK(run(bea.store, {QStringLiteral("bundle"), QStringLiteral("open"), bundle}).exitCode == 13);

    const QStringList year{QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                           QStringLiteral("2027-03-31")};
    const CliRun report = succeed(bea.store,
                                  QStringList{QStringLiteral("report"), QStringLiteral("sac")} + year);
    const QJsonObject json = QJsonDocument::fromJson(report.out.toUtf8()).object();
    const QJsonArray from = json.value(QStringLiteral("fromBundles")).toArray();
    REQUIRE(from.size() == 1);
    CHECK(from.at(0).toObject().value(QStringLiteral("enquiries")).toInt() == 1);
    CHECK(json.value(QStringLiteral("smallNumbers")).toString().contains(QStringLiteral("[c]")));
    // The one enquiry shows as [c], never as 1.
    const QJsonObject sg2a = json.value(QStringLiteral("tables")).toArray().at(0).toObject();
    CHECK(sg2a.value(QStringLiteral("enquiries")) == QJsonValue(QStringLiteral("[c]")));
    CHECK_FALSE(report.out.contains(QStringLiteral("\"count\": 1\n")));
    // The Board report PDF shows them the same way.
    const QString pdf = folder.filePath(QStringLiteral("board.pdf"));
    succeed(bea.store,
            QStringList{QStringLiteral("report"), QStringLiteral("sac")} + year
                + QStringList{QStringLiteral("--pdf"), pdf});
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    INFO(printed.left(3000).toStdString());
    CHECK(printed.contains(QStringLiteral("Financial or Material Abuse [c]"))); // its one enquiry
    CHECK(printed.contains(QStringLiteral("[c] concluded section 42 enquiries")));
}
