#include "harness/StoriesWindow.h"
#include "harness/Wheel.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "casefile/OutcomesSection.h"
#include "casefile/PlanSection.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
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

TEST_CASE("a wheel tick over a time or a drop-down nobody has clicked leaves it as it was")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    view->goTo(ui::CaseView::Part::Conversations, false);
    QTest::mouseClick(child<QPushButton>(*view, "recordConversation"), Qt::LeftButton);
    settleWindow();
    auto* time = child<QDateTimeEdit>(*view, "conversationHeldTime");
    view->goTo(ui::CaseView::Part::Plan, false);
    settleWindow();
    QComboBox* serves = child<QComboBox>(*view, "actionServes");
    view->findChild<QLineEdit*>(QStringLiteral("actionWhat"))->setFocus(); // the keyboard is elsewhere
    const QTime timeBefore = time->time();
    const int servesBefore = serves->currentIndex();

    view->goTo(ui::CaseView::Part::Conversations, false);
    settleWindow();
    wheelOver(time, 1);
    view->goTo(ui::CaseView::Part::Plan, false);
    settleWindow();
    wheelOver(serves, -1);

    CHECK(time->time() == timeBefore);
    CHECK(serves->currentIndex() == servesBefore);
}
