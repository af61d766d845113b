#include "documents/FiguresFixtures.h"

#include "application/ReportFiles.h"
#include "documents/BoardReportPdf.h"
#include "model/SacCategories.h"
#include "reporting/ReportRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace alongside;
using namespace alongside::test;

namespace {

// Whitespace (line breaks where a long label wrapped) made single spaces, so a label reads
// as one phrase however the page broke it.
QString flattened(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString runTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct WrittenReport {
    TempStoreFolder folder;
    FiguresCases cases;
    core::ReportDashboard dashboard;
    QString pdf;
};

// The fixtures' year, counted from a real store and written as the Board would get it.
void writeReport(WrittenReport& report)
{
    const auto store = createStore(report.folder.storePath());
    report.cases = writeFiguresCases(store->database());
    report.dashboard = core::ReportRepository(store->database()).dashboard(figuresYear());
    report.pdf = report.folder.filePath(QStringLiteral("board.pdf"));
    REQUIRE(core::writeBoardReport(report.pdf, report.dashboard,
                                   {QStringLiteral("Anytown Safeguarding Adults Board"), QDate(2026, 3, 2)})
                .written);
}

QStringList everyPublishedLabel()
{
    namespace sac = core::sac;
    return sac::riskTypes() + sac::riskLocations() + sac::riskSources() + sac::riskAssessmentOutcomes()
        + sac::riskOutcomes() + sac::capacityAnswers() + sac::mspAskedAnswers() + sac::outcomeAchievements();
}

} // namespace

TEST_CASE("the Board report names every published SAC category, as text a reader can copy")
{
    WrittenReport report;
    writeReport(report);
    // -raw: the order the page was drawn in, so a wrapped label stays one phrase.
    const QString text = flattened(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), report.pdf, QStringLiteral("-")}));
    for (const QString& label : everyPublishedLabel()) {
        INFO(label.toStdString());
        CHECK(text.contains(flattened(label)));
    }
    CHECK(text.contains(QStringLiteral("1 April 2025 to 2 March 2026")));
    CHECK(text.contains(QStringLiteral("Anytown Safeguarding Adults Board")));
    CHECK(text.contains(QStringLiteral("not a league table")));
}

TEST_CASE("the Board report gives each count and its percentage beside the published label")
{
    WrittenReport report;
    writeReport(report);
    const QString text = flattened(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), report.pdf, QStringLiteral("-")}));
    // SG2a, hand-counted: Bill and Cath (physical), Nora (financial and psychological), Cath
    // (neglect); three enquiries in all.
    CHECK(text.contains(QStringLiteral("Physical Abuse 2 67%")));
    CHECK(text.contains(QStringLiteral("Financial or Material Abuse 1 33%")));
    CHECK(text.contains(QStringLiteral("Neglect and Acts of Omission 1 33%")));
    CHECK(text.contains(QStringLiteral("Sexual Abuse 0 0%")));
    CHECK(text.contains(QStringLiteral("SG2a · Type of risk")));
}

TEST_CASE("the Board report numbers its pages and embeds every font it uses")
{
    WrittenReport report;
    writeReport(report);
    const QString info = runTool(QStringLiteral("pdfinfo"), {report.pdf});
    const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesLine.match(info).captured(1).toInt();
    REQUIRE(pages >= 2);
    const QString text = runTool(QStringLiteral("pdftotext"), {report.pdf, QStringLiteral("-")});
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));

    const QStringList fonts =
        runTool(QStringLiteral("pdffonts"), {report.pdf}).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(fonts.size() > 2); // two header lines, then one line per font
    for (const QString& font : fonts.mid(2)) {
        INFO(font.toStdString());
        const QStringList columns = font.split(QRegularExpression(QStringLiteral("\\s+")),
                                               Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 5);
        CHECK(columns[columns.size() - 5] == QStringLiteral("yes")); // the "emb" column
    }
}

TEST_CASE("the Board report draws its bars as vectors, not pictures")
{
    WrittenReport report;
    writeReport(report);
    const QStringList images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), report.pdf})
                                   .split(u'\n', Qt::SkipEmptyParts);
    CHECK(images.size() == 2); // the two header lines of the listing, and no image
}

TEST_CASE("the Board report keeps people's words to their initials")
{
    WrittenReport report;
    writeReport(report);
    const QString text = flattened(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), report.pdf, QStringLiteral("-")}));
    CHECK(text.contains(QStringLiteral("For Ben to stop taking my pension, but still visit.")));
    CHECK_FALSE(text.contains(QStringLiteral("Testperson")));
    CHECK_FALSE(text.contains(QStringLiteral("Norrie")));
}
