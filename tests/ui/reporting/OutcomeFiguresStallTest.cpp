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

using namespace alongside;
using namespace alongside::test;

TEST_CASE("opening the outcome figures and counting another year never holds up the window for 50 ms")
{
    ShellFixture shell;
    const std::unique_ptr<core::Store> store = createStore(shell.storePath());
    writeFiguresCases(store->database());

    const UiStallMeter meter;
    ui::OutcomeFiguresPage page{store->reader(), [] { return ShellFixture::today(); }, shell.chooser()};
    page.resize(1100, 700);
    page.show();
    REQUIRE(waitTurningTheLoop([&] { return !page.isBusy(); }, kSlowEnough));
    page.periodChooser()->setPeriod(figuresYear());
    page.refresh();
    REQUIRE(waitTurningTheLoop([&] { return !page.isBusy(); }, kSlowEnough));
    letTheLoopTurn(100); // the figures drawn
    REQUIRE(page.dashboard().tables.size() == 8);
    REQUIRE(page.section(QStringLiteral("SG2a")) != nullptr);
    CHECK(page.section(QStringLiteral("SG2a"))->isVisible());

    WARN("outcome figures: longest stall of the window "
         << meter.longestMs() << " ms, longest stretch of work on its thread " << meter.longestWorkMs()
         << " ms; gaps of " << kUiStallBudgetMs / 4 << " ms or more: " << meter.longGaps().toStdString());
    CHECK(meter.longestMs() < kUiStallBudgetMs);
}
