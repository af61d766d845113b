// The supervision view in the real window, over a real store holding the three case stories.

#include "harness/CaseStories.h"
#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "casefile/ConversationsSection.h"
#include "caseload/CaseloadModel.h"
#include "common/DateField.h"
#include "common/SaveDialog.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"
#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/SupervisionRepository.h"
#include "supervision/ReflectiveNoteForm.h"
#include "supervision/SupervisionAgendaModel.h"
#include "supervision/SupervisionSection.h"
#include "supervision/SupervisionView.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>

using namespace alongside;
using namespace alongside::test;

namespace {

struct StoriesInWindow {
    ShellFixture fixture;
    CaseStories stories;
    std::unique_ptr<ui::MainWindow> window;

    // `before` writes more into the store before the window opens it.
    explicit StoriesInWindow(const std::function<void(QSqlDatabase, const CaseStories&)>& before = {})
    {
        fixture.createRememberedStore();
        {
            const auto store = openStore(fixture.storePath());
            stories = writeCaseStories(store->database());
            if (before)
                before(store->database(), stories);
            store->close();
        }
        window = std::make_unique<ui::MainWindow>(fixture.context());
        window->resize(1280, 860);
        window->show();
        typeAndEnter(child<QLineEdit>(*window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
        REQUIRE(QTest::qWaitFor([this] { return window->workspace() != nullptr; }, kSlowEnough));
    }

    ui::SupervisionView* openSupervision()
    {
        window->actions()->supervision()->trigger();
        ui::SupervisionView* view = window->workspace()->supervisionView();
        REQUIRE(view != nullptr);
        REQUIRE(view->isVisible());
        return view;
    }
};

// The agenda row for `caseId` under the heading of `topic`.
QModelIndex rowFor(const ui::SupervisionView& view, core::SupervisionTopic topic, qint64 caseId)
{
    const QAbstractItemModel* model = view.agenda()->model();
    const QModelIndex heading = model->index(static_cast<int>(topic), 0);
    for (int row = 0; row < model->rowCount(heading); ++row) {
        const QModelIndex item = model->index(row, 0, heading);
        if (ui::SupervisionAgendaModel::caseIdOf(item) == caseId)
            return item;
    }
    return {};
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Enter on “not seen alone” in supervision opens that case at its conversations, and back returns")
{
    StoriesInWindow world;
    ui::SupervisionView* view = world.openSupervision();
    const QModelIndex sam = rowFor(*view, core::SupervisionTopic::NotSeenAlone, world.stories.sam);
    REQUIRE(sam.isValid());
    CHECK(sam.data().toString() == QStringLiteral("Sam has not yet been seen on their own."));
    CHECK_FALSE(rowFor(*view, core::SupervisionTopic::NotSeenAlone, world.stories.doris).isValid());

    view->agenda()->setCurrentIndex(sam);
    view->agenda()->setFocus();
    QTest::keyClick(view->agenda(), Qt::Key_Return);
    settle();

    ui::WorkspacePage* workspace = world.window->workspace();
    REQUIRE(workspace->isShowingCase());
    ui::CaseView* caseView = workspace->caseView();
    CHECK(caseView->caseId() == world.stories.sam);
    CHECK(caseView->partList()->currentRow() == static_cast<int>(ui::CaseView::Part::Conversations));
    CHECK(caseView->conversations()->isAncestorOf(QApplication::focusWidget()));

    QTest::mouseClick(caseView->backButton(), Qt::LeftButton);
    CHECK(view->isVisible()); // back to the conversation it came from
    QTest::mouseClick(view->backButton(), Qt::LeftButton);
    CHECK_FALSE(view->isVisible());
    CHECK_FALSE(workspace->isShowingCase());
}

TEST_CASE("supervision groups the caseload under calm headings with how many cases are under each")
{
    StoriesInWindow world;
    ui::SupervisionView* view = world.openSupervision();
    const QAbstractItemModel* model = view->agenda()->model();
    REQUIRE(model->rowCount() == 8);
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("Not yet seen on their own — 1 case"));
    CHECK(model->index(7, 0).data().toString()
          == QStringLiteral("Agreed in supervision, past its date — none just now"));
    CHECK_FALSE(view->noteButton()->isEnabled()); // nothing chosen yet
    view->agenda()->setCurrentIndex(rowFor(*view, core::SupervisionTopic::NotSeenAlone, world.stories.sam));
    CHECK(view->noteButton()->isEnabled());
}

TEST_CASE("an action agreed in supervision shows in the caseload and in the case, and a sign-off in the case")
{
    qint64 overrideId = 0;
    StoriesInWindow world([&overrideId](QSqlDatabase db, const CaseStories& stories) {
        const auto clock = [] { return ShellFixture::now(); };
        core::SupervisionRepository supervision(db, QStringLiteral("Test Practitioner"), clock);
        const qint64 session = supervision
                                   .startSession({0, ShellFixture::today(),
                                                  QStringLiteral("Test Practitioner"),
                                                  QStringLiteral("Jo Lead")})
                                   .id;
        core::ReflectiveNote note;
        note.sessionId = session;
        note.caseId = stories.sam;
        note.answers = {{core::ReflectivePrompt::MissingVoice, QStringLiteral("Sam's own, without his son")}};
        note.actions = {{0,
                         0,
                         0,
                         QStringLiteral("Visit Sam at the day centre"),
                         QStringLiteral("Alex"),
                         QDate(2026, 3, 4),
                         {},
                         {}}};
        REQUIRE(supervision.saveNote(note).ok());
        core::WishesSituation situation;
        situation.wish = core::PersonsWish::DoesNotWantAction;
        overrideId = core::AdvocacyRepository(db, QStringLiteral("Test Practitioner"), clock)
                         .recordWishesOverride(stories.sam, QDate(2026, 2, 27), situation)
                         .id;
        core::ManagerSignOff signOff;
        signOff.caseId = stories.sam;
        signOff.subject = core::SignOffSubject::WishesOverride;
        signOff.subjectId = overrideId;
        signOff.name = QStringLiteral("Jo Lead");
        signOff.role = QStringLiteral("Team manager");
        signOff.signedOn = ShellFixture::today();
        signOff.comment = QStringLiteral("His grandson stays with them");
        REQUIRE(supervision.signOff(signOff).ok());
    });
    REQUIRE(overrideId != 0);
    ui::WorkspacePage* workspace = world.window->workspace();
    const int row = workspace->caseload()->rowOf(world.stories.sam);
    CHECK(workspace->caseload()
              ->index(row, ui::CaseloadModel::NextAction)
              .data()
              .toString()
              .endsWith(QStringLiteral("· supervision")));
    CHECK(workspace->caseload()
              ->index(row, ui::CaseloadModel::NextAction, {})
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Agreed in supervision: Visit Sam at the day centre (Alex)")));

    REQUIRE(workspace->openCase(world.stories.sam));
    ui::SupervisionSection* section = workspace->caseView()->supervision();
    QStringList shown;
    for (const QLabel* label : section->findChildren<QLabel*>())
        shown << label->text();
    const QString all = shown.join(u'\n');
    CHECK(all.contains(QStringLiteral("Sam's own, without his son")));
    CHECK(all.contains(QStringLiteral("Visit Sam at the day centre")));
    CHECK(all.contains(QStringLiteral("signed off by Jo Lead (Team manager)")));
    CHECK(all.contains(QStringLiteral("His grandson stays with them")));
}

TEST_CASE("Tab walks a reflective note in reading order: the questions first, then what was agreed")
{
    core::ReflectiveNote empty;
    ui::ReflectiveNoteForm form(QStringLiteral("Thinking about Sam"), empty, ShellFixture::today(),
                                QStringLiteral("Alex"));
    // The order Tab follows from the top of the form: the focus chain, keeping only what Tab stops on.
    QList<QWidget*> reached;
    for (QWidget* next = form.nextInFocusChain(); reached.size() < 11 && next != &form;
         next = next->nextInFocusChain()) {
        if (form.isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus))
            reached << next;
    }
    REQUIRE(reached.size() == 11);
    CHECK(reached[0] == form.answer(core::ReflectivePrompt::PersonWants));
    CHECK(reached[1] == form.answer(core::ReflectivePrompt::WhatIsWorking));
    CHECK(reached[5] == form.answer(core::ReflectivePrompt::DoDifferently));
    CHECK(reached[6] == form.actionWhat());
    CHECK(reached[7] == form.actionOwner());
    CHECK(reached[8] == form.actionDue());
    CHECK(reached.indexOf(form.addActionButton()) > 8); // after the date (and its own editor)
}

TEST_CASE("Enter in “what was agreed” adds the action to the note and leaves the note open")
{
    core::ReflectiveNote empty;
    auto* form = new ui::ReflectiveNoteForm(QStringLiteral("Thinking about Sam"), empty,
                                            ShellFixture::today(), QStringLiteral("Alex"));
    int saves = 0;
    ui::SaveDialog dialog(QStringLiteral("Reflective note"), form, QStringLiteral("Keep this note"),
                          [&saves] {
                              ++saves;
                              return QString();
                          });
    dialog.show();
    QTest::keyClicks(form->actionWhat(), QStringLiteral("Ring the day centre"));
    QTest::keyClick(form->actionWhat(), Qt::Key_Return);
    CHECK(saves == 0); // Enter agreed the action; it did not also save and close the note
    CHECK(dialog.isVisible());
    CHECK(form->pendingActions() == 1);
    CHECK(form->actionWhat()->text().isEmpty());
    const core::ReflectiveNote typed = form->note();
    REQUIRE(typed.actions.size() == 1);
    CHECK(typed.actions[0].what == QStringLiteral("Ring the day centre"));
    CHECK(typed.actions[0].owner == QStringLiteral("Alex"));
}
