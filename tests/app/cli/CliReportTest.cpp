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
    CHECK(json.value(u"csvFiles"_s).toArray().size() == 15); // SG1a-e, SG1f, 8 SG2-SG4 tables, the measure
    QFile sg2c(folder + u"/SG2c.csv"_s);
    REQUIRE(sg2c.open(QIODevice::ReadOnly));
    const QByteArray csv = sg2c.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("Risk identified and action taken,3\r\n"));
    // SG2c's row as the published tables spell it.
    CHECK(csv.contains("Risk Assessment inconclusive and action taken,1\r\n"));
    CHECK_FALSE(csv.contains("Risk – assessment"));

    const CliRun again = report(arguments);
    INFO(again.describe());
    CHECK(again.exitCode == 7);
    CHECK(again.err.contains(u"never overwrites"_s));
}

// A CSV file as rows of fields (the fixture's fields hold no commas or quotes), BOM and CRLF checked.
static std::vector<QStringList> csvRows(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(bytes.endsWith("\r\n"));
    std::vector<QStringList> rows;
    for (const QString& line : QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts))
        rows.push_back(line.split(u','));
    return rows;
}

TEST_CASE("report sac gives SG1 and several locations and sources row by row, in its JSON and in CSV files "
          "laid out like the return")
{
    test::TempStoreFolder out;
    const QString folder = out.filePath(u"sg1"_s);
    const QJsonObject json = jsonOf(report(
        {u"sac"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2026-03-31"_s, u"--csv"_s, folder}));

    // The JSON: fifteen individuals; SG1b's section 42 column; SG1f.
    const QJsonObject sg1 = json.value(u"sg1"_s).toObject();
    CHECK(sg1.value(u"individuals"_s).toInt() == 15);
    const QJsonArray sg1Tables = sg1.value(u"tables"_s).toArray();
    REQUIRE(sg1Tables.size() == 5);
    const QJsonObject autism = sg1Tables.at(4).toObject();
    CHECK(autism.value(u"code"_s).toString() == u"SG1e"_s);
    const QJsonObject autismOther = autism.value(u"columns"_s).toArray().at(2).toObject();
    CHECK(autismOther.value(u"heading"_s).toString() == u"Other Safeguarding Enquiries"_s);
    CHECK(rowsOf(autismOther).size() == 2);
    CHECK(rowsOf(autismOther).at(1).second == 2); // Olu's two other enquiries
    const QJsonObject gender = sg1Tables.at(1).toObject();
    CHECK(gender.value(u"key"_s).toString() == u"SG1b"_s);
    const QJsonObject genderS42 = gender.value(u"columns"_s).toArray().at(1).toObject();
    CHECK(genderS42.value(u"heading"_s).toString() == u"Individuals Involved In Section 42 Safeguarding Enquiries"_s);
    CHECK(rowsOf(genderS42)
          == std::vector<std::pair<QString, int>>{{u"Male"_s, 4}, {u"Female"_s, 4}, {u"Not Known"_s, 2}});
    CHECK(rowsOf(sg1.value(u"activity"_s).toObject())
          == std::vector<std::pair<QString, int>>{{u"Total Number of Safeguarding Concerns"_s, 16},
                                                  {u"Total Number of Section 42 Safeguarding Enquiries"_s, 11},
                                                  {u"Total Number of Other Safeguarding Enquiries"_s, 2}});

    // SG1a.csv: the three columns across, every band down, then the lines beside the table.
    const std::vector<QStringList> ages = csvRows(folder + u"/SG1a.csv"_s);
    const std::vector<QStringList> expectedAges = {
        {u"SG1a: Age band"_s, u"Individuals Involved In Safeguarding Concerns"_s,
         u"Individuals Involved In Section 42 Safeguarding Enquiries"_s,
         u"Individuals Involved In Other Safeguarding Enquiries"_s},
        {u"18-64"_s, u"4"_s, u"3"_s, u"0"_s},
        {u"65-74"_s, u"2"_s, u"2"_s, u"0"_s},
        {u"75-84"_s, u"3"_s, u"1"_s, u"1"_s},
        {u"85-94"_s, u"2"_s, u"3"_s, u"0"_s},
        {u"95+"_s, u"1"_s, u"1"_s, u"0"_s},
        {u"Total"_s, u"12"_s, u"10"_s, u"1"_s},
        {u"Age not known (no date of birth recorded) (not a published row)"_s, u"1"_s, u"0"_s, u"0"_s},
        {u"Under 18 on the last day of the period (not counted in the return: check the date of birth)"_s, u"1"_s,
         u"0"_s, u"0"_s},
    };
    CHECK(ages == expectedAges);

    // SG1c.csv: Dora counts as White (her later case), once.
    const std::vector<QStringList> ethnicity = csvRows(folder + u"/SG1c.csv"_s);
    REQUIRE(ethnicity.size() >= 9);
    CHECK(ethnicity[1] == QStringList{u"White"_s, u"5"_s, u"3"_s, u"0"_s});
    CHECK(ethnicity[7] == QStringList{u"Undeclared / Not Known"_s, u"2"_s, u"1"_s, u"0"_s});
    CHECK(ethnicity[8] == QStringList{u"Total"_s, u"14"_s, u"10"_s, u"1"_s});

    // SG1d.csv counts cases: Olu's two other enquiries count twice.
    const std::vector<QStringList> reasons = csvRows(folder + u"/SG1d.csv"_s);
    CHECK(reasons[0].at(1) == u"Safeguarding Concerns"_s);
    CHECK(reasons[5] == QStringList{u"Mental Health Support"_s, u"3"_s, u"1"_s, u"2"_s});
    CHECK(reasons[9] == QStringList{u"Total"_s, u"16"_s, u"11"_s, u"2"_s});

    // SG1e.csv counts cases, row by row, in the return's words (the labels hold a comma, so they
    // are quoted): Ivy's concern and s.42 enquiry; Olu's two concerns and two other enquiries.
    QFile sg1e(folder + u"/SG1e.csv"_s);
    REQUIRE(sg1e.open(QIODevice::ReadOnly));
    const QByteArray autismCsv = sg1e.readAll();
    CHECK(autismCsv
          == QByteArray("\xEF\xBB\xBF"
                        "SG1e: Autism,Safeguarding Concerns,Section 42 Safeguarding Enquiries,"
                        "Other Safeguarding Enquiries\r\n"
                        "\"Learning, Developmental or Intellectual Disability (Autism excluding Asperger's "
                        "Syndrome/ High Functioning Autism)\",1,1,0\r\n"
                        "\"Learning, Developmental or Intellectual Disability (Asperger's Syndrome/ High "
                        "Functioning Autism)\",2,0,2\r\n"
                        "Total,3,1,2\r\n"
                        "Neither recorded (not counted in SG1e) (not a published row),13,10,0\r\n"));

    // SG2b: an enquiry with two locations or two sources counts once in each.
    const std::vector<QStringList> locations = csvRows(folder + u"/SG2b-location.csv"_s);
    const std::vector<QStringList> expectedLocations = {
        {u"SG2b: Location of risk"_s, u"Enquiries"_s},
        {u"Own Home"_s, u"2"_s},
        {u"In the Community"_s, u"2"_s},
        {u"Community Service"_s, u"0"_s},
        {u"Care Home – Nursing"_s, u"1"_s},
        {u"Care Home – Residential"_s, u"1"_s},
        {u"Hospital – Acute"_s, u"0"_s},
        {u"Hospital – Mental Health"_s, u"1"_s},
        {u"Hospital – Community"_s, u"0"_s},
        {u"Other"_s, u"2"_s},
        {u"Total"_s, u"9"_s},
        {u"Not recorded (not a published row)"_s, u"1"_s},
    };
    CHECK(locations == expectedLocations);
    const std::vector<QStringList> sources = csvRows(folder + u"/SG2b-source.csv"_s);
    CHECK(sources[1] == QStringList{u"Service Provider"_s, u"4"_s});
    CHECK(sources[2] == QStringList{u"Other – Known to individual"_s, u"2"_s});
    CHECK(sources[3] == QStringList{u"Other – Unknown to individual"_s, u"3"_s});
    CHECK(sources[4] == QStringList{u"Total"_s, u"9"_s});
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
