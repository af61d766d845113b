#include "documents/FiguresFixtures.h"
#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "common/DateField.h"
#include "reporting/BarChart.h"
#include "reporting/BarCountButton.h"
#include "reporting/FiguresSection.h"
#include "reporting/OutcomeFiguresPage.h"
#include "reporting/PeoplesWordsModel.h"
#include "reporting/ReportPeriodChooser.h"
#include "reporting/ReportRepository.h"

#include "application/AggregateBundle.h"
#include "application/OpenBundle.h"
#include "application/TeamKeys.h"
#include "reporting/AggregatePayload.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/TeamKeyRepository.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QThread>
#include <QThreadPool>

using namespace alongside;
using namespace alongside::test;

namespace {

// A real store with the hand-counted enquiries, and the page over it.
struct FiguresWorld {
    ShellFixture shell;
    std::unique_ptr<core::Store> store = createStore(shell.storePath());
    FiguresCases cases = writeFiguresCases(store->database());
    ui::OutcomeFiguresPage page{store->reader(), [] { return ShellFixture::today(); }, shell.chooser()};

    void waitUntilCounted()
    {
        REQUIRE(QTest::qWaitFor([this] { return !page.isBusy(); }, kSlowEnough));
    }
    void showYear(const core::ReportPeriod& period)
    {
        page.periodChooser()->setPeriod(period);
        page.refresh();
        waitUntilCounted();
        REQUIRE(page.dashboard().period.from == period.from);
    }
    // The bar for `label` in the first chart of `key`'s section.
    int barIndex(const QString& key, const QString& label)
    {
        ui::FiguresSection* section = page.section(key);
        REQUIRE(section != nullptr);
        const std::vector<ui::ChartBar>& bars = section->charts().front()->bars();
        for (std::size_t index = 0; index < bars.size(); ++index) {
            if (bars[index].label == label)
                return int(index);
        }
        FAIL("no bar for " << label.toStdString());
        return -1;
    }
    ui::BarCountButton* count(const QString& key, const QString& label)
    {
        return page.section(key)->charts().front()->countButton(barIndex(key, label));
    }
};

} // namespace

TEST_CASE("the outcome figures open on the last financial year, 1 April to 31 March")
{
    FiguresWorld world;
    world.waitUntilCounted();
    CHECK(world.page.periodChooser()->period().from == QDate(2024, 4, 1));
    CHECK(world.page.periodChooser()->period().to == QDate(2025, 3, 31));
    // Only the enquiry concluded in March 2025 falls in that year.
    CHECK(world.page.dashboard().outcomes.enquiries == 1);
    CHECK(world.count(QStringLiteral("SG2a"), QStringLiteral("Physical Abuse"))->accessibleName()
          == QStringLiteral("Physical Abuse: 1 enquiry, 100% of 1"));
}

TEST_CASE("the dashboard shows every SAC table with its published labels and the counts core made")
{
    FiguresWorld world;
    world.showYear(figuresYear());
    const core::ReportDashboard expected =
        core::ReportRepository(world.store->database()).dashboard(figuresYear());
    REQUIRE(expected.tables.size() == 8);
    for (const core::SacTable& table : expected.tables) {
        INFO(table.key.toStdString());
        ui::FiguresSection* section = world.page.section(table.key);
        REQUIRE(section != nullptr);
        CHECK(section->heading().startsWith(table.code));
        const std::vector<ui::ChartBar>& bars = section->charts().front()->bars();
        REQUIRE(bars.size() == table.rows.size());
        for (std::size_t row = 0; row < bars.size(); ++row) {
            CHECK(bars[row].label == table.rows[row].label);
            CHECK(bars[row].count == table.rows[row].count);
        }
    }
    REQUIRE(world.page.section(QStringLiteral("outcome-measure")) != nullptr);
}

TEST_CASE("the figures are counted on a worker's own connection, even while the window's thread is busy")
{
    FiguresWorld world;
    world.waitUntilCounted();
    REQUIRE(
        QTest::qWaitFor([] { return QThreadPool::globalInstance()->activeThreadCount() == 0; }, kSlowEnough));
    world.page.periodChooser()->setPeriod(figuresYear());
    world.page.refresh();
    REQUIRE(world.page.isBusy());
    // The window's thread now does something else for a while, without turning its event loop:
    // a count that needs the event loop gets nowhere; a worker's count ends meanwhile.
    QElapsedTimer busy;
    busy.start();
    while (QThreadPool::globalInstance()->activeThreadCount() > 0 && busy.elapsed() < kSlowEnough)
        QThread::msleep(5);
    QCoreApplication::processEvents();
    CHECK(world.page.dashboard().period.from == figuresYear().from);
    CHECK(world.page.dashboard().tables.size() == 8);
    // Then shown, a section per turn of the event loop.
    CHECK(QTest::qWaitFor([&] { return !world.page.isBusy(); }, kSlowEnough));
}

TEST_CASE("locking while the figures are counted stops the count and closes both connections")
{
    FiguresWorld world;
    world.waitUntilCounted();
    world.page.periodChooser()->setPeriod(figuresYear());
    world.page.refresh();
    world.store->close(); // interrupts the worker's read, waits for it, closes
    CHECK(QSqlDatabase::connectionNames().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return !world.page.isBusy(); }, kSlowEnough));
}

TEST_CASE("SG2a on the dashboard counts each type of risk once per enquiry, as counted by hand")
{
    FiguresWorld world;
    world.showYear(figuresYear());
    const QString sg2a = QStringLiteral("SG2a");
    CHECK(world.count(sg2a, QStringLiteral("Physical Abuse"))->accessibleName()
          == QStringLiteral("Physical Abuse: 2 enquiries, 67% of 3"));
    CHECK(world.count(sg2a, QStringLiteral("Physical Abuse"))->text() == QStringLiteral("2 · 67%"));
    CHECK(world.count(sg2a, QStringLiteral("Financial or Material Abuse"))->text()
          == QStringLiteral("1 · 33%"));
    CHECK(world.count(sg2a, QStringLiteral("Neglect and Acts of Omission"))->text()
          == QStringLiteral("1 · 33%"));
    CHECK(world.count(sg2a, QStringLiteral("Modern Slavery"))->text() == QStringLiteral("0 · 0%"));
}

TEST_CASE("choosing a number on the dashboard asks for exactly the cases behind it")
{
    FiguresWorld world;
    world.showYear(figuresYear());
    QSignalSpy asked(&world.page, &ui::OutcomeFiguresPage::casesRequested);
    world.page.show();
    QTest::mouseClick(world.count(QStringLiteral("SG2a"), QStringLiteral("Physical Abuse")), Qt::LeftButton);
    REQUIRE(asked.size() == 1);
    CHECK(asked[0][0].value<QSet<qint64>>() == QSet<qint64>{world.cases.bill, world.cases.cath});
    const QString why = asked[0][1].toString();
    CHECK(why.contains(QStringLiteral("2 cases")));
    CHECK(why.contains(QStringLiteral("“Physical Abuse”")));

    QTest::mouseClick(world.count(QStringLiteral("SG2a"), QStringLiteral("Psychological Abuse")),
                      Qt::LeftButton);
    REQUIRE(asked.size() == 2);
    CHECK(asked[1][0].value<QSet<qint64>>() == QSet<qint64>{world.cases.nora});
}

TEST_CASE("the people's own words are shown with their initials, never their names")
{
    FiguresWorld world;
    world.showYear(figuresYear());
    const QAbstractItemModel* words = world.page.wordsTable()->model();
    REQUIRE(words->rowCount() == 1);
    CHECK(words->index(0, ui::PeoplesWordsModel::Initials).data().toString() == QStringLiteral("N. T."));
    CHECK(words->index(0, ui::PeoplesWordsModel::Words)
              .data()
              .toString()
              .contains(QStringLiteral("my pension")));
    for (int column = 0; column < words->columnCount(); ++column) {
        const QString shown = words->index(0, column).data().toString();
        CHECK_FALSE(shown.contains(QStringLiteral("Testperson")));
        CHECK_FALSE(shown.contains(QStringLiteral("Nora")));
    }
}

TEST_CASE("Save CSV files writes one file per table into the folder chosen")
{
    FiguresWorld world;
    world.showYear(figuresYear());
    const QString folder = world.shell.folder().filePath(QStringLiteral("figures"));
    world.shell.chooser().folder = folder;
    QTest::mouseClick(child<QPushButton>(world.page, "saveCsvFiles"), Qt::LeftButton);
    for (const core::SacTable& table : world.page.dashboard().tables)
        CHECK(QFile::exists(QDir(folder).filePath(table.key + QStringLiteral(".csv"))));
    CHECK(world.page.statusLabel()->text().startsWith(QStringLiteral("Saved")));
}

TEST_CASE("Save Board report writes the PDF where the person chose, without holding up the window")
{
    FiguresWorld world;
    world.showYear(figuresYear());
    world.shell.chooser().saveFile = world.shell.folder().filePath(QStringLiteral("for the board"));
    QTest::mouseClick(child<QPushButton>(world.page, "saveBoardReport"), Qt::LeftButton);
    world.waitUntilCounted();
    QFile pdf(world.shell.folder().filePath(QStringLiteral("for the board.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(world.page.statusLabel()->text().contains(QStringLiteral("for the board.pdf")));
}

TEST_CASE("a period that ends before it starts is explained rather than counted")
{
    FiguresWorld world;
    world.waitUntilCounted();
    world.page.periodChooser()->setPeriod({QDate(2026, 3, 1), QDate(2025, 4, 1)});
    world.page.refresh();
    CHECK_FALSE(world.page.isBusy());
    CHECK(child<QLabel>(world.page, "gentleNote")->text().contains(QStringLiteral("after")));
}

TEST_CASE("Tab walks the outcome figures from the period to every number and the people's words")
{
    FiguresWorld world;
    world.showYear(figuresYear());
    world.page.resize(1100, 800);
    world.page.show();
    QApplication::setActiveWindow(&world.page);
    REQUIRE(QTest::qWaitForWindowActive(&world.page));
    world.page.backButton()->setFocus();
    QList<QWidget*> visited;
    for (int press = 0; press < 200 && !visited.contains(QApplication::focusWidget()); ++press) {
        visited << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    CHECK(visited.contains(world.page.periodChooser()->toEdit()->editor()));
    CHECK(visited.contains(child<QPushButton>(world.page, "saveBoardReport")));
    CHECK(visited.contains(world.count(QStringLiteral("SG2a"), QStringLiteral("Physical Abuse"))));
    CHECK(visited.contains(world.count(QStringLiteral("SG4a-achieved"), QStringLiteral("Fully Achieved"))));
    CHECK(visited.contains(world.page.wordsTable()));
    // In reading order: the period before the numbers, the numbers before the words.
    CHECK(visited.indexOf(world.page.periodChooser()->toEdit()->editor())
          < visited.indexOf(world.count(QStringLiteral("SG2a"), QStringLiteral("Physical Abuse"))));
    CHECK(visited.indexOf(world.count(QStringLiteral("SG2a"), QStringLiteral("Physical Abuse")))
          < visited.indexOf(world.page.wordsTable()));
}

TEST_CASE("the Board's figures say which team's bundle they count in and hide small numbers, with no bar")
{
    FiguresWorld world; // the Board's store, with three enquiries of its own in 2025-26
    const QDateTime now(QDate(2026, 4, 10), QTime(10, 0));
    TempStoreFolder teamFolder;
    const std::unique_ptr<core::Store> team = createStore(teamFolder.storePath());
    writeFiguresCases(team->database()); // the team's three
    core::PractitionerContact leader;
    leader.name = QStringLiteral("Nia North");
    leader.role = QStringLiteral("Team leader");
    leader.team = QStringLiteral("North Locality Team");
    REQUIRE(core::LetterRepository(team->database(), leader.name).savePractitionerContact(leader));
    const auto teamKeys = core::myKeys(team->database());
    const auto boardKeys = core::myKeys(world.store->database());
    REQUIRE((teamKeys && boardKeys));
    REQUIRE(core::trustColleague(team->database(), boardKeys->publicKeyFile, boardKeys->fingerprint,
                                 leader.name, now)
                .outcome
            == core::TrustOutcome::Trusted);
    REQUIRE(core::trustColleague(world.store->database(), teamKeys->publicKeyFile, teamKeys->fingerprint,
                                 QStringLiteral("Bea Board"), now)
                .outcome
            == core::TrustOutcome::Trusted);
    core::AggregateBundleRequest request;
    request.reportingYear = 2025;
    request.recipients = {
        *core::TeamKeyRepository(team->database()).findBySigningKey(boardKeys->keys.signingKey)};
    request.outPath = teamFolder.filePath(QStringLiteral("north.alongside-bundle"));
    request.madeBy = leader.name;
    request.now = now;
    REQUIRE(core::makeAggregateBundle(team->database(), request).ok());
    const core::BundleOpening opened = core::openBundle(
        world.store->database(), readWholeFile(request.outPath), QStringLiteral("Bea Board"), now.addDays(1));
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());

    world.showYear(core::reportingYear(2025));
    CHECK(world.page.dashboard().includesBundles());
    const QString status = world.page.statusLabel()->text();
    CHECK(status.contains(QStringLiteral("North Locality Team (Nia North, bundle 1 of 10 April 2026)")));
    CHECK(status.contains(QStringLiteral("[c]")));
    // Physical Abuse is 2 here and 2 in the team: 4, shown as [c] with no bar and no share.
    ui::BarCountButton* physical = world.count(QStringLiteral("SG2a"), QStringLiteral("Physical Abuse"));
    CHECK(physical->text() == QStringLiteral("[c]"));
    const std::vector<ui::ChartBar>& bars =
        world.page.section(QStringLiteral("SG2a"))->charts().front()->bars();
    CHECK(bars.at(std::size_t(world.barIndex(QStringLiteral("SG2a"), QStringLiteral("Physical Abuse")))).count
          == 0);
    for (const ui::ChartBar& bar : bars) {
        INFO(bar.label.toStdString() << ": " << bar.countText.toStdString());
        CHECK((bar.countText == QStringLiteral("[c]") || bar.count % 5 == 0));
    }
}
