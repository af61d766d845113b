// Opening a case never holds up the window (issue 10): since the case view's parts are made one
// per turn after unlocking and laid out only when first shown, the first case opened carries
// that layout. Measured on the wall clock (harness/UiStallMeter.h), in the stall tests that run
// one at a time (alongside_ui_stall_tests).

#include "harness/StoriesWindow.h"
#include "harness/UiStallMeter.h"
#include "harness/WindowDriving.h"

#include "caseload/CaseloadPanel.h"
#include "shell/WorkspacePage.h"

#include <QTableView>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("opening the first case after unlocking, then another, never holds up the window for 50 ms")
{
    StoriesWindow shell;
    ui::WorkspacePage* workspace = shell.window().workspace();
    REQUIRE(waitTurningTheLoop([&] { return workspace->isCaseViewReady(); }, kSlowEnough));
    letTheLoopTurn(100);

    const UiStallMeter meter;
    for (const qint64 caseId : {shell.stories.doris, shell.stories.sam}) {
        workspace->showCaseload();
        letTheLoopTurn(50);
        workspace->caseloadPanel()->selectCase(caseId);
        QTest::keyClick(workspace->caseloadPanel()->table(), Qt::Key_Return); // as Enter on its row
        REQUIRE(workspace->isShowingCase());
        letTheLoopTurn(150); // laid out and drawn
    }
    WARN("opening two cases: longest stall of the window "
         << meter.longestMs() << " ms, longest stretch of work on its thread " << meter.longestWorkMs()
         << " ms; gaps of " << kUiStallBudgetMs / 4 << " ms or more: " << meter.longGaps().toStdString());
    CHECK(meter.longestMs() < kUiStallBudgetMs);
}
