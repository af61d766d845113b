// The CSV export, read back and checked against the same hand-counted fixture.

#include "ReportFixture.h"

#include "application/ReportFiles.h"
#include "reporting/CsvWriter.h"
#include "reporting/ReportRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QFile>
#include <QFileInfo>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

// A small RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records.
std::vector<QStringList> parseCsv(const QByteArray& bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    REQUIRE(record.isEmpty());
    REQUIRE(field.isEmpty());
    return records;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a CSV field with a comma, a quote or a line break is quoted, quotes doubled")
{
    CHECK(CsvWriter::line({u"plain"_s, u"a, b"_s, u"say \"no\""_s, u"two\nlines"_s, {}})
          == "plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",");
}

TEST_CASE("the exported SAC tables read back with the published labels and the hand counts")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const test::ReportFixture fixture(store->database());
    const ReportRepository reports(store->database());
    const ReportDashboard dashboard = reports.dashboard(fixture.year);
    const std::vector<SacTable>& tables = dashboard.tables;
    const ReportFilesResult files = writeReportCsvFiles(folder.filePath(u"csv"_s), dashboard);
    INFO(files.problem.toStdString());
    REQUIRE(files.written.size() == 6 + 8 + 1); // SG1a-e and SG1f, SG2a-SG4a, the outcome measure

    const std::vector<QStringList> sg2a = parseCsv(readFile(folder.filePath(u"csv/SG2a.csv"_s)));
    REQUIRE(sg2a.size() == 1 + 11 + 1 + 1);
    CHECK(sg2a[0] == QStringList{u"SG2a: Type of risk"_s, u"Enquiries"_s});
    CHECK(sg2a[1] == QStringList{u"Physical Abuse"_s, u"2"_s});
    CHECK(sg2a[4] == QStringList{u"Financial or Material Abuse"_s, u"2"_s});
    CHECK(sg2a[5] == QStringList{u"Discriminatory Abuse"_s, u"0"_s});
    CHECK(sg2a[12] == QStringList{u"Total"_s, u"12"_s});
    CHECK(sg2a[13] == QStringList{u"Not recorded (not a published row)"_s, u"0"_s});

    // Non-ASCII labels survive the round trip (UTF-8 with a byte-order mark).
    const std::vector<QStringList> location = parseCsv(readFile(folder.filePath(u"csv/SG2b-location.csv"_s)));
    CHECK(location[4] == QStringList{u"Care Home – Nursing"_s, u"1"_s});
    CHECK(location[11] == QStringList{u"Not recorded (not a published row)"_s, u"1"_s});

    const std::vector<QStringList> sg2c = parseCsv(readFile(folder.filePath(u"csv/SG2c.csv"_s)));
    CHECK(sg2c[7] == QStringList{u"Enquiry ceased at individual's request and no action taken"_s, u"1"_s});

    const std::vector<QStringList> sg3a = parseCsv(readFile(folder.filePath(u"csv/SG3a.csv"_s)));
    REQUIRE(sg3a.size() == 1 + 4 + 1 + 3);
    CHECK(sg3a[1] == QStringList{u"Yes, they lacked capacity"_s, u"4"_s});
    CHECK(sg3a[4] == QStringList{u"Not recorded"_s, u"1"_s});
    CHECK(sg3a[5] == QStringList{u"Total"_s, u"8"_s});
    CHECK(sg3a[6]
          == QStringList{
              u"Of the enquiries recorded as Yes, in how many of these cases was support provided by "
              u"an advocate, family or friend"_s,
              u"2"_s});

    const std::vector<QStringList> asked = parseCsv(readFile(folder.filePath(u"csv/SG4a-asked.csv"_s)));
    CHECK(asked[1] == QStringList{u"Yes they were asked and outcomes were expressed"_s, u"4"_s});
    CHECK(asked[5] == QStringList{u"Not Recorded"_s, u"1"_s});

    // Every table file against the in-memory table, row by row.
    for (const SacTable& table : tables) {
        INFO(table.key.toStdString());
        const std::vector<QStringList> rows = parseCsv(
            readFile(folder.filePath(u"csv/"_s + table.key + u".csv"_s)));
        for (std::size_t i = 0; i < table.rows.size(); ++i)
            CHECK(rows[i + 1] == QStringList{table.rows[i].label, QString::number(table.rows[i].count)});
    }

    const std::vector<QStringList> measure = parseCsv(
        readFile(folder.filePath(u"csv/outcome-measure.csv"_s)));
    CHECK(measure[1] == QStringList{u"Concluded s.42 enquiries"_s, u"8"_s, {}, {}, {}});
    CHECK(measure[2]
          == QStringList{u"Asked about the outcomes they wanted"_s, u"5"_s, u"8"_s, u"62.5"_s,
                         u"concluded s.42 enquiries"_s});
}

TEST_CASE("SG1f's file is the return's three totals and adds no sum of them, which would count a concern "
          "that became an enquiry twice")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const test::ReportFixture fixture(store->database());
    const ReportDashboard dashboard = ReportRepository(store->database()).dashboard(fixture.year);
    const ReportFilesResult files = writeReportCsvFiles(folder.filePath(u"csv"_s), dashboard);
    INFO(files.problem.toStdString());
    REQUIRE(files.problem.isEmpty());
    const std::vector<QStringList> sg1f = parseCsv(readFile(folder.filePath(u"csv/SG1f.csv"_s)));
    REQUIRE(sg1f.size() == 1 + 3);
    CHECK(sg1f[0] == QStringList{u"SG1f: Safeguarding activity"_s, u"Number"_s});
    const std::vector<ReportCount>& activity = dashboard.demographics.activity.rows;
    for (std::size_t i = 0; i < activity.size(); ++i)
        CHECK(sg1f[i + 1] == QStringList{activity[i].label, QString::number(activity[i].count)});
    CHECK(sg1f[1][0] == u"Total Number of Safeguarding Concerns"_s);
}

#ifdef Q_OS_UNIX
TEST_CASE("a folder made for the figures opens to its owner only, like the files in it")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const test::ReportFixture fixture(store->database());
    const ReportDashboard dashboard = ReportRepository(store->database()).dashboard(fixture.year);
    const ReportFilesResult files = writeReportCsvFiles(folder.filePath(u"figures/2026"_s), dashboard);
    INFO(files.problem.toStdString());
    REQUIRE(files.problem.isEmpty());
    for (const QString& made : {folder.filePath(u"figures"_s), folder.filePath(u"figures/2026"_s)}) {
        INFO(made.toStdString());
        const QFileDevice::Permissions permissions = QFileInfo(made).permissions();
        CHECK(permissions.testFlag(QFileDevice::ExeOwner));
        CHECK_FALSE(permissions.testAnyFlags(QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                             | QFileDevice::ReadOther | QFileDevice::ExeOther));
    }
}
#endif

TEST_CASE("exporting into a folder that cannot be made says so and writes nothing")
{
    test::TempStoreFolder folder;
    QFile blocker(folder.filePath(u"file"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ReportFilesResult files = writeReportCsvFiles(folder.filePath(u"file/inside"_s), ReportDashboard{});
    CHECK(files.written.isEmpty());
    CHECK_FALSE(files.problem.isEmpty());
}
