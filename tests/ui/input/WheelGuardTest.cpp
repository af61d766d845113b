#include "harness/StoriesWindow.h"
#include "harness/Wheel.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "casefile/OutcomesSection.h"
#include "casefile/PlanSection.h"

#include <QComboBox>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("a wheel tick over an s.42 answer nobody has clicked leaves the answer as it was")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.sam);
    view->goTo(ui::CaseView::Part::Concern, false);
    settleWindow();
    auto* needs = child<QComboBox>(*view, "s42NeedsAnswer");
    const QString before = needs->currentText();

    wheelOver(needs, -1);
    wheelOver(needs, -1);

    CHECK(needs->currentText() == before);
}

TEST_CASE("a wheel tick over \"Were they asked?\" neither changes nor saves the SAC answer")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.sam); // nobody has asked Sam yet
    view->goTo(ui::CaseView::Part::Outcomes, false);
    settleWindow();
    QComboBox* asked = view->outcomes()->askedChoice();
    const QString before = asked->currentText();

    wheelOver(asked, -1);
    settleWindow();

    CHECK(asked->currentText() == before);
    CHECK(shell.storedAfterLock(shell.stories.sam).mspAsked.isEmpty());
}

TEST_CASE("once the person has clicked into a drop-down, the wheel changes it as they mean it to")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.sam);
    view->goTo(ui::CaseView::Part::Concern, false);
    settleWindow();
    auto* needs = child<QComboBox>(*view, "s42NeedsAnswer");
    needs->setFocus(Qt::MouseFocusReason);
    const int before = needs->currentIndex();

    wheelOver(needs, -1);

    CHECK(needs->currentIndex() == before + 1);
}

TEST_CASE("a wheel tick over a date nobody has clicked leaves the date as it was")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    view->goTo(ui::CaseView::Part::Plan, false);
    settleWindow();
    auto* due = child<QWidget>(*view, "actionDue");
    QComboBox* serves = child<QComboBox>(*view, "actionServes");
    const QString dueBefore = due->property("text").toString() + due->property("dateTime").toString();
    const int servesBefore = serves->currentIndex();

    wheelOver(due, -1);
    wheelOver(serves, -1);

    CHECK(due->property("text").toString() + due->property("dateTime").toString() == dueBefore);
    CHECK(serves->currentIndex() == servesBefore);
}
