#include "harness/DialogDriving.h"
#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "casefile/ClosingSection.h"
#include "casefile/ConversationForm.h"
#include "common/ConfirmationDialog.h"
#include "common/DateTimeField.h"
#include "common/QuoteLabel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

namespace {

void planAnAction(ui::CaseView* view, const QString& what)
{
    view->goTo(ui::CaseView::Part::Plan, false);
    auto* field = child<QLineEdit>(*view, "actionWhat");
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(field, what);
    QTest::mouseClick(child<QPushButton>(*view, "addAction"), Qt::LeftButton);
    settleWindow();
}

void putAConversationAside(ui::CaseView* view)
{
    view->goTo(ui::CaseView::Part::Conversations, false);
    QTest::mouseClick(child<QPushButton>(*view, "recordConversation"), Qt::LeftButton);
    QTest::keyClicks(child<QPlainTextEdit>(*view, "conversationNotes"),
                     QStringLiteral("She talked about her son."));
    QTest::mouseClick(child<QPushButton>(*view, "putConversationAside"), Qt::LeftButton);
    settleWindow();
}

// What the closing question listed, line by line, after answering it with `answer`.
QStringList closeAndAnswer(ui::CaseView* view, const char* answer, bool* asked)
{
    QStringList listed;
    view->goTo(ui::CaseView::Part::Closing, false);
    *asked = whileDialogOpen(
        [&] { QTest::mouseClick(view->closing()->closeButton(), Qt::LeftButton); },
        [&](QDialog* dialog) {
            if (auto* list = dialog->findChild<QWidget*>(QStringLiteral("confirmationStillOpen")))
                for (const QLabel* line : list->findChildren<QLabel*>())
                    listed << line->text();
            QTest::mouseClick(dialog->findChild<QPushButton*>(QString::fromLatin1(answer)), Qt::LeftButton);
        });
    settleWindow();
    return listed;
}

bool anyLineContains(const QStringList& lines, const QString& words)
{
    for (const QString& line : lines)
        if (line.contains(words))
            return true;
    return false;
}

} // namespace

TEST_CASE("closing a case asks first and lists what is still open; \"Not yet\" leaves it open")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    planAnAction(view, QStringLiteral("Speak to the agency manager together"));
    putAConversationAside(view);

    bool asked = false;
    const QStringList listed = closeAndAnswer(view, "cancelAction", &asked);

    REQUIRE(asked);
    CHECK(anyLineContains(listed, QStringLiteral("Speak to the agency manager together")));
    CHECK(
        anyLineContains(listed, QStringLiteral("Something typed in Conversations and put aside as a draft")));
    CHECK(anyLineContains(listed, QStringLiteral("No view from them yet on “I just want it to stop”")));
    CHECK(anyLineContains(listed, QStringLiteral("feel safer")));
    CHECK_FALSE(shell.storedAfterLock(shell.stories.doris).closure.has_value());
}

TEST_CASE("once closed, the summary shows what they wanted in their own words and how it went in their view")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.doris);
    view->goTo(ui::CaseView::Part::Closing, false);
    ui::ClosingSection* closing = view->closing();
    REQUIRE(closing->achievementChoices().size() == 1);
    closing->achievementChoices().front()->setCurrentIndex(0); // Fully Achieved
    closing->feelsSafer()->setCurrentIndex(0);                 // Yes

    bool asked = false;
    closeAndAnswer(view, "confirmAction", &asked);
    REQUIRE(asked);

    QStringList quoted;
    for (const ui::QuoteLabel* words : closing->summary()->findChildren<ui::QuoteLabel*>())
        quoted << words->text();
    CHECK(anyLineContains(quoted, QString::fromLatin1(kDorisOutcome)));
    QStringList lines;
    for (const QLabel* line : closing->summary()->findChildren<QLabel*>())
        lines << line->text();
    CHECK(anyLineContains(lines, QStringLiteral("Fully Achieved")));
    CHECK(shell.storedAfterLock(shell.stories.doris).closure.has_value());
}

TEST_CASE("nothing legal or factual is answered before the practitioner answers it")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.sam);
    CHECK(child<QComboBox>(*view, "s42Decision")->currentIndex() == -1);
    CHECK(child<QComboBox>(*view, "mspAsked")->currentIndex() == -1);
    CHECK(child<QComboBox>(*view, "feelsSafer")->currentIndex() == -1);
    CHECK(child<QComboBox>(*view, "riskAssessmentOutcome")->currentIndex() == -1);
}

TEST_CASE("a conversation's time is now when the form is opened, and how they took part is not assumed")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.sam); // opened at 10:00
    shell.setClock(QDateTime(ShellFixture::today(), QTime(11, 20)));
    view->goTo(ui::CaseView::Part::Conversations, false);

    QTest::mouseClick(child<QPushButton>(*view, "recordConversation"), Qt::LeftButton);

    auto* form = child<ui::ConversationForm>(*view, "conversationForm");
    CHECK(form->heldTime()->time() == QTime(11, 20));
    CHECK(form->conversation().tookPartHow.empty());
    CHECK_FALSE(form->seenAloneYes()->isChecked());
    CHECK_FALSE(form->seenAloneNo()->isChecked());
}
