// Opening a case should never hold up the window (issue 10). Not in the suite yet ([.]): it fails
// today. Opening the first case after unlocking is one 113-128 ms stretch of the window's own work
// (every part of the case presented and the whole column laid out for the first time), the next
// case 26-45 ms (measured on a loaded two-core machine, docs/performance.md). Run it by name to
// measure; it goes into the suite when the parts are presented a turn at a time.

#include "harness/StoriesWindow.h"
#include "harness/UiStallMeter.h"
#include "harness/WindowDriving.h"

#include "caseload/CaseloadPanel.h"
#include "shell/WorkspacePage.h"

#include <QTableView>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("opening the first case after unlocking, then another, never holds up the window for 50 ms", "[.]")
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
