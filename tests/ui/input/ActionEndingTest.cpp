#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "casefile/ActionEnding.h"
#include "casefile/CaseView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

namespace {

ui::ActionEnding* planAnAction(ui::CaseView* view, const QString& what)
{
    QApplication::setActiveWindow(view->window()); // as the window manager does
    view->goTo(ui::CaseView::Part::Plan, false);
    auto* field = child<QLineEdit>(*view, "actionWhat");
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(field, what);
    QTest::mouseClick(child<QPushButton>(*view, "addAction"), Qt::LeftButton);
    settleWindow();
    for (auto* ending : view->findChildren<ui::ActionEnding*>())
        if (ending->doneButton()->accessibleName().contains(what))
            return ending;
    FAIL("the new action has no way to end it");
    return nullptr;
}

} // namespace

TEST_CASE("one press on a plan action's Done or No longer needed changes nothing until the second")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    ui::ActionEnding* ending = planAnAction(view, QStringLiteral("Ring the day centre"));

    QTest::mouseClick(ending->doneButton(), Qt::LeftButton);
    CHECK(ending->whyField()->isVisible());
    CHECK(ending->whyField()->hasFocus());
    settleWindow();
    CHECK(shell.storedAfterLock(shell.stories.doris).actions.back().isOpen());
}

TEST_CASE(
    "a plan action no longer needed asks why, refuses to end without it, and then shows why with the action")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    ui::ActionEnding* ending = planAnAction(view, QStringLiteral("Ring the day centre"));

    QTest::mouseClick(ending->notNeededButton(), Qt::LeftButton);
    QTest::mouseClick(ending->confirmButton(), Qt::LeftButton); // no reason given yet
    settleWindow();
    CHECK(ending->whyField()->hasFocus());

    QTest::keyClicks(ending->whyField(), QStringLiteral("She goes to her daughter's on Tuesdays now"));
    QTest::keyClick(ending->whyField(), Qt::Key_Return);
    settleWindow();

    QStringList shown;
    for (const QLabel* label : view->findChildren<QLabel*>(QStringLiteral("actionEnded")))
        shown << label->text();
    CHECK(shown.join(u'\n').contains(QStringLiteral("Why: She goes to her daughter's on Tuesdays now")));
    const core::PlanAction stored = shell.storedAfterLock(shell.stories.doris).actions.back();
    CHECK(stored.noLongerNeededOn.isValid());
    CHECK(stored.endedWhy == QStringLiteral("She goes to her daughter's on Tuesdays now"));
}
