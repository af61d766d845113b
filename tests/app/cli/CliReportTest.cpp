// alongside-cli report, run as a script would run it: the real binary on a real store (made
// with production key derivation) holding the hand-counted reporting fixture.

#include "CliArguments.h"
#include "CliProcess.h"
#include "reporting/ReportFixture.h"

#include "storage/store/Store.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace alongside;
using test::CliRun;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPassphrase = QString::fromLatin1(test::kPassphrase);

// One store for the file: made by the CLI, filled in-process through the repositories, closed.
struct ReportStore {
    test::TempStoreFolder folder;
    QString path = folder.storePath();
    std::map<QString, qint64> ids;

    ReportStore()
    {
        test::initStore(path, kPassphrase);
        core::StoreError error;
        auto store = core::Store::open(path, test::secret(kPassphrase), &error);
        REQUIRE(store);
        ids = test::ReportFixture(store->database()).ids;
    }
};

ReportStore& reportStore()
{
    static ReportStore store;
    return store;
}

CliRun report(const QStringList& extra)
{
    return test::runWithPassphrases(reportStore().path, u"report"_s, {kPassphrase}, extra);
}

QJsonObject jsonOf(const CliRun& run)
{
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QJsonObject tableNamed(const QJsonObject& report, const QString& key)
{
    for (const QJsonValue& table : report.value(u"tables"_s).toArray()) {
        if (table.toObject().value(u"key"_s).toString() == key)
            return table.toObject();
    }
    FAIL("no table " << key.toStdString());
    return {};
}

std::vector<std::pair<QString, int>> rowsOf(const QJsonObject& table, const QString& field = u"rows"_s)
{
    std::vector<std::pair<QString, int>> rows;
    for (const QJsonValue& row : table.value(field).toArray())
        rows.emplace_back(row.toObject().value(u"label"_s).toString(),
                          row.toObject().value(u"count"_s).toInt());
    return rows;
}

cli::ParsedArguments parse(const QStringList& words)
{
    return cli::parseArguments(words);
}

} // namespace

TEST_CASE("report sac prints every SAC table for the period as JSON, with the hand counts")
{
    const QJsonObject json = jsonOf(
        report({u"sac"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s}));
    CHECK(json.value(u"period"_s).toObject().value(u"from"_s).toString() == u"2025-04-01"_s);
    CHECK(json.value(u"tables"_s).toArray().size() == 8);

    const QJsonObject sg2a = tableNamed(json, u"SG2a"_s);
    const auto types = rowsOf(sg2a);
    REQUIRE(types.size() == 11);
    CHECK(types[0] == std::pair(u"Physical Abuse"_s, 2));
    CHECK(types[2] == std::pair(u"Psychological Abuse"_s, 1));
    CHECK(types[4] == std::pair(u"Discriminatory Abuse"_s, 0)); // only the uncounted cases have it
    CHECK(sg2a.value(u"total"_s).toInt() == 12);
    CHECK(sg2a.value(u"enquiries"_s).toInt() == 8);

    const QJsonObject sg3a = tableNamed(json, u"SG3a"_s);
    CHECK(rowsOf(sg3a)
          == std::vector<std::pair<QString, int>>{{u"Yes, they lacked capacity"_s, 4},
                                                  {u"No, they did not lack capacity"_s, 2},
                                                  {u"Don't know"_s, 1},
                                                  {u"Not recorded"_s, 1}});
    CHECK(rowsOf(sg3a, u"ofWhich"_s)[0].second == 2);

    const QJsonObject sg2e = tableNamed(json, u"SG2e"_s);
    CHECK(rowsOf(sg2e)
          == std::vector<std::pair<QString, int>>{
              {u"Risk remained"_s, 1}, {u"Risk reduced"_s, 2}, {u"Risk removed"_s, 1}});
    CHECK(sg2e.value(u"notRecorded"_s).toInt() == 1);

    const QJsonObject asked = tableNamed(json, u"SG4a-asked"_s);
    CHECK(rowsOf(asked)[4] == std::pair(u"Not Recorded"_s, 1));
}

TEST_CASE("report outcomes prints the outcome measure with numbers, bases and percentages")
{
    const QJsonObject json = jsonOf(report({u"outcomes"_s, u"--from=2025-04-01"_s, u"--to=2026-03-31"_s}));
    CHECK(json.value(u"enquiries"_s).toInt() == 8);
    std::map<QString, QJsonObject> measures;
    for (const QJsonValue& line : json.value(u"measures"_s).toArray())
        measures[line.toObject().value(u"key"_s).toString()] = line.toObject();
    CHECK(measures[u"asked"_s].value(u"count"_s).toInt() == 5);
    CHECK(measures[u"asked"_s].value(u"outOf"_s).toInt() == 8);
    CHECK(measures[u"asked"_s].value(u"percent"_s).toDouble() == Approx(62.5));
    CHECK(measures[u"fully-or-partly-achieved"_s].value(u"count"_s).toInt() == 2);
    CHECK(measures[u"fully-or-partly-achieved"_s].value(u"outOf"_s).toInt() == 4);
    CHECK(measures[u"seen-within-24-hours"_s].value(u"count"_s).toInt() == 5);
    CHECK(measures[u"advocacy-provided"_s].value(u"outOf"_s).toInt() == 3);
}

TEST_CASE("report sac --csv writes one CSV per table and never writes over them")
{
    test::TempStoreFolder out;
    const QString folder = out.filePath(u"return"_s);
    const QStringList arguments{u"sac"_s,        u"--from"_s, u"2025-04-01"_s, u"--to"_s,
                                u"2026-03-31"_s, u"--csv"_s,  folder};
    const QJsonObject json = jsonOf(report(arguments));
    CHECK(json.value(u"csvFiles"_s).toArray().size() == 9);
    QFile sg2c(folder + u"/SG2c.csv"_s);
    REQUIRE(sg2c.open(QIODevice::ReadOnly));
    const QByteArray csv = sg2c.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("Risk identified and action taken,3\r\n"));
    CHECK(csv.contains("Risk – assessment inconclusive and action taken,1\r\n"));

    const CliRun again = report(arguments);
    INFO(again.describe());
    CHECK(again.exitCode == 7);
    CHECK(again.err.contains(u"never overwrites"_s));
}

TEST_CASE("report sac --pdf writes the Board report")
{
    test::TempStoreFolder out;
    const QString pdf = out.filePath(u"board.pdf"_s);
    const QJsonObject json = jsonOf(
        report({u"sac"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s, u"--pdf"_s, pdf}));
    CHECK(json.value(u"pdf"_s).toString().endsWith(u"board.pdf"_s));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}

TEST_CASE(
    "report refuses an impossible day, or a start after the end, as a usage error before opening the store")
{
    for (const QStringList& dates : {QStringList{u"--from"_s, u"2025-02-30"_s, u"--to"_s, u"2026-03-31"_s},
                                     QStringList{u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"31/03/2026"_s},
                                     QStringList{u"--from"_s, u"2026-04-01"_s, u"--to"_s, u"2026-03-31"_s}}) {
        // No passphrase is given: a usage error must come before the store is touched.
        const CliRun run = test::runCli(
            QStringList{u"--store"_s, u"nowhere.alongside"_s, u"report"_s, u"outcomes"_s} + dates);
        INFO(run.describe());
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
    }
    CHECK(parse({u"--store"_s, u"s"_s, u"report"_s, u"sac"_s, u"--from"_s, u"2026-04-01"_s, u"--to"_s,
                 u"2026-03-31"_s})
              .usageError
          == u"--from (2026-04-01) is after --to (2026-03-31)"_s);
    CHECK(parse({u"--store"_s, u"s"_s, u"report"_s, u"sac"_s, u"--from"_s, u"2025-02-30"_s, u"--to"_s,
                 u"2026-03-31"_s})
              .usageError.contains(u"not a real day"_s));
}

TEST_CASE("report needs a kind and a period, and its options belong to it alone")
{
    CHECK(parse({u"--store"_s, u"s"_s, u"report"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s})
              .usageError.contains(u"report sac or report outcomes"_s));
    CHECK(parse({u"--store"_s, u"s"_s, u"report"_s, u"sac"_s, u"--from"_s, u"2025-04-01"_s})
              .usageError.contains(u"--from DATE --to DATE"_s));
    CHECK(parse({u"--store"_s, u"s"_s, u"report"_s, u"outcomes"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s,
                 u"2026-03-31"_s, u"--csv"_s, u"dir"_s})
              .usageError.contains(u"apply to report sac"_s));
    CHECK(parse({u"--store"_s, u"s"_s, u"info"_s, u"--from"_s, u"2025-04-01"_s})
              .usageError.contains(u"report command only"_s));
    CHECK(parse({u"--store"_s, u"s"_s, u"report"_s, u"sac"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s,
                 u"2026-03-31"_s})
              .usageError.isEmpty());
}
