#include "documents/FiguresFixtures.h"
#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadPanel.h"
#include "reporting/BarChart.h"
#include "reporting/BarCountButton.h"
#include "reporting/FiguresSection.h"
#include "reporting/OutcomeFiguresPage.h"
#include "reporting/ReportPeriodChooser.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace alongside;
using namespace alongside::test;

namespace {

QSet<qint64> shownCases(const ui::CaseloadPanel& panel)
{
    QSet<qint64> shown;
    for (int row = 0; row < panel.filter()->rowCount(); ++row)
        shown.insert(panel.filter()->caseIdAt(row));
    return shown;
}

ui::BarCountButton* countFor(ui::OutcomeFiguresPage& page, const QString& key, const QString& label)
{
    ui::BarChart* chart = page.section(key)->charts().front();
    for (int index = 0; index < int(chart->bars().size()); ++index) {
        if (chart->bars()[std::size_t(index)].label == label)
            return chart->countButton(index);
    }
    return nullptr;
}

} // namespace

TEST_CASE("a number on the outcome figures opens the caseload showing exactly the cases behind it")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    FiguresCases cases;
    {
        const auto store = openStore(fixture.storePath());
        cases = writeFiguresCases(store->database());
        store->close();
    }
    ui::MainWindow window(fixture.context());
    window.show();
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
    ui::WorkspacePage* workspace = window.workspace();
    ui::CaseloadPanel* caseload = workspace->caseloadPanel();
    REQUIRE(shownCases(*caseload).size() == 6);

    window.actions()->outcomeFigures()->trigger();
    ui::OutcomeFiguresPage* figures = workspace->outcomeFigures();
    REQUIRE(figures != nullptr);
    REQUIRE(figures->isVisible());
    figures->periodChooser()->setPeriod(figuresYear());
    figures->refresh();
    REQUIRE(QTest::qWaitFor([&] { return !figures->isBusy(); }, kSlowEnough));

    ui::BarCountButton* physical = countFor(*figures, QStringLiteral("SG2a"),
                                            QStringLiteral("Physical Abuse"));
    REQUIRE(physical != nullptr);
    QTest::mouseClick(physical, Qt::LeftButton);
    CHECK_FALSE(figures->isVisible());
    CHECK(caseload->isVisible());
    CHECK(shownCases(*caseload) == QSet<qint64>{cases.bill, cases.cath});
    CHECK(caseload->limitNote()->text().contains(QStringLiteral("Physical Abuse")));
    CHECK(caseload->limitNote()->isVisible());

    QTest::mouseClick(child<QPushButton>(*caseload, "caseloadLimitReturn"), Qt::LeftButton);
    CHECK(figures->isVisible());
    QTest::mouseClick(countFor(*figures, QStringLiteral("SG2a"), QStringLiteral("Psychological Abuse")),
                      Qt::LeftButton);
    CHECK(shownCases(*caseload) == QSet<qint64>{cases.nora});

    QTest::mouseClick(child<QPushButton>(*caseload, "caseloadShowEveryCase"), Qt::LeftButton);
    CHECK(shownCases(*caseload).size() == 6);
    CHECK_FALSE(caseload->limitNote()->isVisible());
}

TEST_CASE("the outcome figures are left behind when the window locks")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
    window.actions()->outcomeFigures()->trigger();
    REQUIRE(window.workspace()->outcomeFigures() != nullptr);
    window.lockNow();
    CHECK(window.workspace() == nullptr);
    CHECK(window.findChild<ui::OutcomeFiguresPage*>() == nullptr);
    CHECK_FALSE(window.actions()->outcomeFigures()->isEnabled());
}
