// Showing the outcome figures never holds up the window (issue 10, finding 7). The count runs on
// a worker; what the window's thread does is show the figures: the sections appear one per turn
// of the event loop, every chart measures its labels once, and another year's figures reuse the
// charts. Measured on the wall clock (harness/UiStallMeter.h); this executable's tests run one
// at a time (RUN_SERIAL), so no other test takes the window's core.

#include "documents/FiguresFixtures.h"
#include "harness/ShellFixture.h"
#include "harness/UiStallMeter.h"
#include "harness/WindowDriving.h"

#include "reporting/FiguresSection.h"
#include "reporting/OutcomeFiguresPage.h"
#include "reporting/ReportPeriodChooser.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QLineEdit>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("opening the outcome figures and counting another year never holds up the window for 50 ms")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    {
        const auto store = openStore(fixture.storePath());
        writeFiguresCases(store->database());
        store->close();
    }
    // As a practitioner opens them: from Reports in an unlocked window that has been drawn.
    ui::MainWindow window(fixture.context());
    window.show();
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(waitTurningTheLoop([&] { return window.workspace() && window.workspace()->isCaseViewReady(); },
                               kSlowEnough));
    letTheLoopTurn(100);

    const UiStallMeter meter;
    window.actions()->outcomeFigures()->trigger();
    ui::OutcomeFiguresPage* page = window.workspace()->outcomeFigures();
    REQUIRE(page != nullptr);
    REQUIRE(waitTurningTheLoop([&] { return !page->isBusy(); }, kSlowEnough));
    page->periodChooser()->setPeriod(figuresYear());
    page->refresh();
    REQUIRE(waitTurningTheLoop([&] { return !page->isBusy(); }, kSlowEnough));
    letTheLoopTurn(100); // the figures drawn
    REQUIRE(page->dashboard().tables.size() == 8);
    REQUIRE(page->section(QStringLiteral("SG2a")) != nullptr);
    CHECK(page->section(QStringLiteral("SG2a"))->isVisible());

    WARN("outcome figures: longest stall of the window "
         << meter.longestMs() << " ms, longest stretch of work on its thread " << meter.longestWorkMs()
         << " ms; gaps of " << kUiStallBudgetMs / 4 << " ms or more: " << meter.longGaps().toStdString());
    CHECK(meter.longestMs() < kUiStallBudgetMs);
}
