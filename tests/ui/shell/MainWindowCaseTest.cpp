#include "harness/CaseStories.h"
#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "casefile/ConcernForm.h"
#include "casefile/ConversationForm.h"
#include "casefile/ConversationsSection.h"
#include "casefile/NewCaseForm.h"
#include "casefile/NoteCard.h"
#include "casefile/NotesSection.h"
#include "casefile/PromptsPanel.h"
#include "casefile/SacLabelChecks.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace alongside;
using namespace alongside::test;

namespace {

CaseStories rememberedStoreWithStories(ShellFixture& fixture)
{
    fixture.createRememberedStore();
    const auto store = openStore(fixture.storePath());
    const CaseStories stories = writeCaseStories(store->database());
    store->close();
    return stories;
}

void unlock(ui::MainWindow& window)
{
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
}

} // namespace

TEST_CASE("Enter on a caseload row opens the case, and the back button returns to the caseload")
{
    ShellFixture fixture;
    const CaseStories stories = rememberedStoreWithStories(fixture);
    ui::MainWindow window(fixture.context());
    window.show();
    unlock(window);
    ui::WorkspacePage* workspace = window.workspace();
    QTableView* table = workspace->caseloadPanel()->table();
    workspace->caseloadPanel()->selectCase(stories.priya);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(workspace->isShowingCase());
    CHECK(workspace->caseView()->caseId() == stories.priya);

    QTest::mouseClick(workspace->caseView()->backButton(), Qt::LeftButton);
    CHECK_FALSE(workspace->isShowingCase());
    CHECK(workspace->caseloadPanel()->currentCaseId() == stories.priya);
}

TEST_CASE("the conversation prompts can be hidden from the View menu or the panel, and that is remembered")
{
    ShellFixture fixture;
    const CaseStories stories = rememberedStoreWithStories(fixture);
    {
        ui::MainWindow window(fixture.context());
        window.show();
        unlock(window);
        REQUIRE(window.workspace()->openCase(stories.doris));
        ui::PromptsPanel* prompts = window.workspace()->caseView()->prompts();
        QAction* show = window.actions()->showPrompts();
        CHECK(show->isChecked()); // on at first
        CHECK(prompts->isVisible());
        CHECK(ui::PromptsPanel::prompts().contains(QStringLiteral("Can we talk on your own?")));

        show->trigger();
        CHECK_FALSE(prompts->isVisible());
        CHECK_FALSE(ui::AppSettings(fixture.settingsFile()).showPrompts());
        show->trigger();
        CHECK(prompts->isVisible());

        QTest::mouseClick(prompts->hideButton(), Qt::LeftButton);
        CHECK_FALSE(prompts->isVisible());
        CHECK_FALSE(show->isChecked());
    }
    ui::MainWindow window(fixture.context());
    CHECK_FALSE(window.actions()->showPrompts()->isChecked());
}

TEST_CASE("locking keeps a conversation being typed, and it is there when the case is opened after unlocking")
{
    ShellFixture fixture;
    const CaseStories stories = rememberedStoreWithStories(fixture);
    ui::MainWindow window(fixture.context());
    window.show();
    unlock(window);
    REQUIRE(window.workspace()->openCase(stories.sam));
    ui::ConversationsSection* conversations = window.workspace()->caseView()->conversations();
    QTest::mouseClick(conversations->recordButton(), Qt::LeftButton);
    QTest::keyClicks(conversations->form()->notes(), QStringLiteral("Son left for work at nine."));
    window.actions()->lock()->trigger(); // straight away: only the save on locking can keep it

    unlock(window);
    REQUIRE(window.workspace()->openCase(stories.sam));
    ui::ConversationForm* form = window.workspace()->caseView()->conversations()->form();
    CHECK(form->isVisible());
    CHECK(form->notes()->toPlainText() == QStringLiteral("Son left for work at nine."));
}

TEST_CASE("a new case needs only names, the concern and its type of risk, and opens once created")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    unlock(window);
    bool filled = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto* form = dialog->findChild<ui::NewCaseForm*>();
        REQUIRE(form != nullptr);
        QTest::keyClicks(form->givenName(), QStringLiteral("Grace"));
        QTest::keyClicks(form->familyName(), QStringLiteral("Fictional"));
        form->concern()->raisedByRole()->setCurrentText(QStringLiteral("Care home staff"));
        QTest::keyClicks(form->concern()->whatWasReported(), QStringLiteral("Bruising noticed on her arms."));
        // Saving without a type of risk is refused by the record, and the dialog stays open.
        auto* create = dialog->findChild<QPushButton*>(QStringLiteral("saveDialogSave"));
        QTest::mouseClick(create, Qt::LeftButton);
        CHECK(dialog->isVisible());
        form->concern()->riskTypes()->box(QStringLiteral("Physical Abuse"))->setChecked(true);
        QTest::mouseClick(create, Qt::LeftButton);
        filled = true;
    });
    window.actions()->newCase()->trigger();
    REQUIRE(filled);

    ui::WorkspacePage* workspace = window.workspace();
    REQUIRE(workspace->isShowingCase());
    CHECK(child<QLabel>(window, "caseViewName")->text() == QStringLiteral("Grace Fictional"));
    CHECK(workspace->caseload()->rowCount() == 1);
    const auto* summary = workspace->caseload()->caseAt(0);
    REQUIRE(summary != nullptr);
    CHECK(summary->concernReceivedOn == ShellFixture::today());
    CHECK(child<QLabel>(window, "concernReported")->text()
          == QStringLiteral("Bruising noticed on her arms."));
}
