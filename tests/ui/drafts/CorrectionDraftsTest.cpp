#include "drafts/DraftWindow.h"

#include "casefile/ActionEnding.h"
#include "casefile/CaseView.h"
#include "casefile/ConversationCard.h"
#include "casefile/ConversationsSection.h"
#include "casefile/CorrectionEditor.h"
#include "casefile/PlanSection.h"
#include "common/GentleNote.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

// Putting the record right takes typing too: why a plan action ended, a correction or an
// addendum to a saved conversation. Half typed, each is there again after a lock, open at the
// same question, and goes once it is saved.

namespace {

const QString kWhat = QStringLiteral("Ring the day centre");
const QString kWhy = QStringLiteral("She goes to her daughter's on Tuesdays now");
const QString kAddendum = QStringLiteral("She rang later: it was the new carer, not Jo.");

ui::CaseView* openCase(DraftWindow& at, qint64 caseId, ui::CaseView::Part part)
{
    REQUIRE(at.window->workspace()->openCase(caseId));
    settle();
    ui::CaseView* view = at.window->workspace()->caseView();
    view->goTo(part, false);
    return view;
}

ui::ActionEnding* endingOf(const ui::CaseView* view, const QString& what)
{
    for (ui::ActionEnding* ending : view->findChildren<ui::ActionEnding*>())
        if (ending->doneButton()->accessibleName().contains(what))
            return ending;
    return nullptr;
}

QString shownWithTheActions(const ui::CaseView* view)
{
    QStringList shown;
    for (const QLabel* label : view->findChildren<QLabel*>(QStringLiteral("actionEnded")))
        shown << label->text();
    return shown.join(u'\n');
}

} // namespace

TEST_CASE(
    "why a plan action is no longer needed, half typed, is asked again after a lock with the same words")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris, ui::CaseView::Part::Plan);
    QTest::keyClicks(view->plan()->what(), kWhat);
    QTest::mouseClick(view->plan()->addButton(), Qt::LeftButton);
    settle();
    ui::ActionEnding* ending = endingOf(view, kWhat);
    REQUIRE(ending != nullptr);
    QTest::mouseClick(ending->notNeededButton(), Qt::LeftButton);
    QTest::keyClicks(ending->whyField(), kWhy);

    at.lockAndUnlock();
    view = at.window->workspace()->caseView();
    REQUIRE(view != nullptr);
    ending = endingOf(view, kWhat);
    REQUIRE(ending != nullptr);
    CHECK(ending->whyField()->isVisibleTo(view));
    CHECK(ending->whyField()->text() == kWhy);
    CHECK(ending->confirmButton()->text() == QStringLiteral("Mark it no longer needed"));
    CHECK(shownWithTheActions(view).isEmpty()); // a draft, not an ending: the action is still open

    // Ended: the why is with the action, and the draft is gone.
    QTest::mouseClick(ending->confirmButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return shownWithTheActions(view).contains(kWhy); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return at.drafts().forCase(at.stories.doris).empty(); }, 5000));
}

TEST_CASE("an addendum being written to a saved conversation is open again after a lock, and goes once saved")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris, ui::CaseView::Part::Conversations);
    auto* card = view->findChild<ui::ConversationCard*>();
    REQUIRE(card != nullptr);
    const qint64 conversationId = card->conversationId();
    QTest::mouseClick(card->correction()->addendumButton(), Qt::LeftButton);
    QTest::keyClicks(card->correction()->editor(), kAddendum);

    at.lockAndUnlock();
    view = at.window->workspace()->caseView();
    REQUIRE(view != nullptr);
    card = view->conversations()->card(conversationId);
    REQUIRE(card != nullptr);
    CHECK(card->correction()->editor()->isVisibleTo(view));
    CHECK(card->correction()->editor()->toPlainText() == kAddendum);
    CHECK(card->correction()->saveButton()->text() == QStringLiteral("Save the addendum"));

    QTest::mouseClick(card->correction()->saveButton(), Qt::LeftButton);
    const auto addendumShown = [&] {
        for (const QLabel* label : view->findChildren<QLabel*>(QStringLiteral("conversationAddendum")))
            if (label->text().contains(kAddendum))
                return true;
        return false;
    };
    REQUIRE(QTest::qWaitFor(addendumShown, 5000));
    REQUIRE(QTest::qWaitFor([&] { return at.drafts().forCase(at.stories.doris).empty(); }, 5000));
}

TEST_CASE("a correction being written to a conversation is open again after a lock, as a correction")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris, ui::CaseView::Part::Conversations);
    auto* card = view->findChild<ui::ConversationCard*>();
    REQUIRE(card != nullptr);
    const qint64 conversationId = card->conversationId();
    QTest::mouseClick(card->correction()->correctButton(), Qt::LeftButton);
    const QString corrected = card->correction()->editor()->toPlainText() + QStringLiteral(" Jo was there.");
    card->correction()->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(card->correction()->editor(), QStringLiteral(" Jo was there."));

    at.lockAndUnlock();
    view = at.window->workspace()->caseView();
    REQUIRE(view != nullptr);
    card = view->conversations()->card(conversationId);
    REQUIRE(card != nullptr);
    CHECK(card->correction()->editor()->isVisibleTo(view));
    CHECK(card->correction()->editor()->toPlainText() == corrected);
    CHECK(card->correction()->saveButton()->text() == QStringLiteral("Save the correction"));
}

TEST_CASE("a correction refused after its day and saved as an addendum leaves no draft behind")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris, ui::CaseView::Part::Conversations);
    auto* card = view->findChild<ui::ConversationCard*>();
    REQUIRE(card != nullptr);
    const qint64 conversationId = card->conversationId();
    ui::CorrectionEditor* correction = card->correction();
    QTest::mouseClick(correction->correctButton(), Qt::LeftButton);
    settle();
    correction->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(correction->editor(), QStringLiteral(" Jo was there."));
    QTest::mouseClick(correction->saveButton(), Qt::LeftButton); // written up on another day
    settle();
    REQUIRE(correction->refusal()->isVisibleTo(view));
    QTest::mouseClick(correction->addendumButton(), Qt::LeftButton);
    settle();
    CHECK(correction->saveButton()->text() == QStringLiteral("Save the addendum"));
    CHECK(correction->editor()->toPlainText().endsWith(QStringLiteral("Jo was there.")));

    QTest::mouseClick(correction->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (const QLabel* label : view->findChildren<QLabel*>(QStringLiteral("conversationAddendum")))
                if (label->text().contains(QStringLiteral("Jo was there.")))
                    return true;
            return false;
        },
        5000));
    settle();
    INFO("drafts left: " << at.drafts().forCase(at.stories.doris).size());
    CHECK(at.drafts().forCase(at.stories.doris).empty());
    card = view->conversations()->card(conversationId);
    REQUIRE(card != nullptr);
    CHECK_FALSE(card->correction()->editor()->isVisibleTo(view)); // nothing carried on, empty
}
