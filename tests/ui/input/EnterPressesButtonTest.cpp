#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "casefile/NotesSection.h"
#include "shell/WorkspacePage.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("Enter on the focused back button in the main window goes back to the caseload")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    view->backButton()->setFocus(Qt::TabFocusReason);

    QTest::keyClick(view->backButton(), Qt::Key_Return);
    CHECK(QTest::qWaitFor([&] { return !shell.window().workspace()->isShowingCase(); }, 2000));
}

TEST_CASE("Enter on the focused \"Add the note\" button adds the note typed above it")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.priya);
    view->goTo(ui::CaseView::Part::Notes, false);
    auto* note = child<QPlainTextEdit>(*view, "newNote");
    note->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(note, QStringLiteral("Rang the bank with her."));
    QTest::keyClick(note, Qt::Key_Tab);
    auto* add = child<QPushButton>(*view, "addNote");
    REQUIRE(add->hasFocus());

    QTest::keyClick(add, Qt::Key_Enter);

    REQUIRE(QTest::qWaitFor([&] { return view->notes()->cards().size() == 1; }, 2000));
    CHECK(shell.storedAfterLock(shell.stories.priya).notes.front().body
          == QStringLiteral("Rang the bank with her."));
}
