#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "casefile/ConversationCard.h"
#include "casefile/CorrectionEditor.h"
#include "casefile/NoteCard.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("a saved conversation takes an addendum, shown under it and kept with it, not as a note of its own")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    view->goTo(ui::CaseView::Part::Conversations, false);
    const auto notesBefore = view->findChildren<ui::NoteCard*>().size();
    auto* card = view->findChild<ui::ConversationCard*>();
    REQUIRE(card != nullptr);
    const qint64 conversationId = card->conversationId();

    QTest::mouseClick(card->correction()->addendumButton(), Qt::LeftButton);
    QTest::keyClicks(card->correction()->editor(),
                     QStringLiteral("She rang later: it was the new carer, not Jo."));
    QTest::mouseClick(card->correction()->saveButton(), Qt::LeftButton);
    settleWindow();

    QStringList shown;
    for (const QLabel* label : view->findChildren<QLabel*>(QStringLiteral("conversationAddendum")))
        shown << label->text();
    CHECK(shown.join(u'\n').contains(QStringLiteral("She rang later: it was the new carer, not Jo.")));
    CHECK(view->findChildren<ui::NoteCard*>().size() == notesBefore);

    bool kept = false;
    for (const core::CaseNote& note : shell.storedAfterLock(shell.stories.doris).notes)
        kept = kept
            || (note.aboutConversation == conversationId
                && note.body == QStringLiteral("She rang later: it was the new carer, not Jo."));
    CHECK(kept);
}
