// ui_screenshot_driver SCREEN [MILLISECONDS]
// Test-only: shows one screen of Alongside, built with a cheap key-derivation schedule and
// throwaway stores in a temporary folder, for docs/screenshots (see docs/ui.md). Exits after
// MILLISECONDS (default 8000) or on SIGTERM, cleaning up its stores either way.
//   SCREEN: welcome | create | unlock | unlock-wrong | main-empty | demo | demo-locked |
//           about | settings | change-passphrase (each dialog over the unlocked empty store) |
//           caseload-flags (the demo, a flagged case chosen, its flags' tooltip showing) |
//           case-view (the demo's Doris, at what she wants, with the prompts) |
//           case-view-larger (the same with View → Larger text) | new-case |
//           case-notes (Doris's notes, a correction to an old one refused, the addendum offered) |
//           case-s42 (Sam's s.42 questions answered against the decision, with the gentle note) |
//           case-conversation (recording a conversation with Doris, one quote kept, one being typed) |
//           case-legal-capacity (a capacity assessment for Doris, part-way, with the live check) |
//           case-legal-advocacy (Sam's advocacy panel: his daughter implicated; protective measures) |
//           case-legal-imca (Grace's IMCA facts: an urgent move, her attorney covering where she lives) |
//           case-legal-risk (a risk enablement note for Doris, linked to what she wants) |
//           letter-editor (Win's easy-read letter, a hard word typed, the suggestion beside it) |
//           letter-print-preview (the same letter approved, in the print preview) |
//           letter-safe-to-send (the same letter to be posted where others may read it) |
//           dashboard [MILLISECONDS [BOARD.pdf]] (Reports → Outcome figures over the demo, this
//           financial year so far; with BOARD.pdf, the Board report saved there as well) |
//           dashboard-larger (the same with View → Larger text) |
//           dashboard-sg1 (the same, scrolled to SG1: the period's activity and the people involved) |
//           case-person (Doris's details, with what the national return counts) |
//           case-closing (Sam's case at Closing, his IMCA answering the experience questions) |
//           supervision-view (View → Supervision over the demo, after one case was talked about) |
//           supervision-note (the reflective note for that case, part-way through) |
//           supervision-case (that case, opened from its overdue action at its Supervision part) |
//           supervision-signoff (a manager's sign-off of a decision against someone's wishes)
#include "harness/ShellFixture.h"
#include "harness/TeamStories.h"

#include "casefile/CaseView.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "legal/LegalScreens.h"
#include "letters/LetterScreens.h"
#include "model/Answers.h"
#include "reporting/ReportingScreens.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"
#include "supervision/SupervisionScreens.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <csignal>
#include <cstdio>

using namespace alongside;

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1; // only this: anything more is not safe inside a signal handler
}

template <typename Widget>
Widget* find(const QObject& root, const char* name)
{
    return root.findChild<Widget*>(QString::fromLatin1(name));
}

void whenReady(const std::function<bool()>& ready, const std::function<void()>& then)
{
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, ready, then] {
        if (!ready())
            return;
        poll->deleteLater();
        then();
    });
    poll->start(50);
}

// The demo's first open case with something worth a look, and the first case for Doris.
int firstFlaggedRow(const ui::CaseloadPanel& panel)
{
    const QAbstractItemModel* shown = panel.table()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, ui::CaseloadModel::Flags).data(ui::CaseloadModel::FlagCountRole).toInt() >= 2)
            return row;
    }
    return 0;
}

qint64 caseFor(const ui::CaseloadPanel& panel, const QString& person)
{
    const QAbstractItemModel* shown = panel.table()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, ui::CaseloadModel::Person).data().toString().startsWith(person))
            return panel.filter()->caseIdAt(row);
    }
    return 0;
}

void showCaseloadFlags(ui::MainWindow& window)
{
    ui::CaseloadPanel* panel = window.workspace()->caseloadPanel();
    QTableView* table = panel->table();
    const int row = firstFlaggedRow(*panel);
    table->setCurrentIndex(table->model()->index(row, ui::CaseloadModel::Person));
    table->setFocus();
    // The tooltip a mouse would bring up over that row's flags.
    const QModelIndex flags = table->model()->index(row, ui::CaseloadModel::Flags);
    const QRect cell = table->visualRect(flags);
    QTimer::singleShot(400, table, [table, flags, cell] {
        QToolTip::showText(table->viewport()->mapToGlobal(cell.center() + QPoint(0, cell.height())),
                           flags.data(Qt::ToolTipRole).toString(), table->viewport());
    });
}

void showCaseView(ui::MainWindow& window, const QString& screen)
{
    ui::WorkspacePage* workspace = window.workspace();
    const bool s42 = screen == QStringLiteral("case-s42");
    const bool sam = s42 || screen == QStringLiteral("case-legal-advocacy")
        || screen == QStringLiteral("case-closing");
    const bool grace = screen == QStringLiteral("case-legal-imca");
    workspace->openCase(caseFor(*workspace->caseloadPanel(),
                                sam         ? QStringLiteral("Sam")
                                    : grace ? QStringLiteral("Grace")
                                            : QStringLiteral("Doris")));
    window.actions()->showPrompts()->setChecked(true);
    ui::CaseView* view = workspace->caseView();
    QTimer::singleShot(300, workspace, [view, screen, s42] {
        if (screen == QStringLiteral("case-notes")) {
            auto* correct = view->findChild<QPushButton*>(QStringLiteral("correctNote"));
            QTest::mouseClick(correct, Qt::LeftButton);
            QTest::keyClicks(view->findChild<QPlainTextEdit*>(QStringLiteral("noteEditor")),
                             QStringLiteral(" The agency confirmed it today."));
            QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("saveNoteEdit")), Qt::LeftButton);
            view->goTo(ui::CaseView::Part::Notes, false);
        } else if (screen == QStringLiteral("case-conversation")) {
            QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("recordConversation")),
                              Qt::LeftButton);
            QTest::keyClicks(view->findChild<QLineEdit*>(QStringLiteral("conversationPlace")),
                             QStringLiteral("Her kitchen"));
            view->findChild<QRadioButton*>(QStringLiteral("seenAloneYes"))->click();
            auto* words = view->findChild<QLineEdit*>(QStringLiteral("personsWordsEditor"));
            QTest::keyClicks(words, QStringLiteral("Julie is lovely. I feel better with her."));
            QTest::keyClick(words, Qt::Key_Return);
            QTest::keyClicks(words, QStringLiteral("I'd still like the tin for my purse"));
            QTest::keyClicks(view->findChild<QPlainTextEdit*>(QStringLiteral("conversationNotes")),
                             QStringLiteral("Doris showed me the new rota on the fridge."));
            view->goTo(ui::CaseView::Part::Conversations, false);
        } else if (screen.startsWith(QStringLiteral("case-legal-"))) {
            test::showLegalScreen(*view, screen);
        } else if (screen == QStringLiteral("case-person")) {
            view->goTo(ui::CaseView::Part::Person, false);
        } else if (screen == QStringLiteral("case-closing")) {
            auto* answeredBy = view->findChild<QComboBox*>(QStringLiteral("experienceAnsweredBy"));
            answeredBy->setCurrentIndex(
                answeredBy->findData(static_cast<int>(core::ExperienceRespondent::Imca)));
            auto* listened = view->findChild<QComboBox*>(QStringLiteral("experienceListenedTo"));
            listened->setCurrentIndex(listened->findData(static_cast<int>(core::ExperienceAnswer::Yes)));
            auto* involved = view->findChild<QComboBox*>(QStringLiteral("experienceInvolved"));
            involved->setCurrentIndex(involved->findData(static_cast<int>(core::ExperienceAnswer::Partly)));
            view->goTo(ui::CaseView::Part::Closing, false);
        } else if (s42) {
            view->findChild<QComboBox*>(QStringLiteral("s42NeedsAnswer"))->setCurrentIndex(1);
            view->findChild<QComboBox*>(QStringLiteral("s42AbuseAnswer"))->setCurrentIndex(1);
            view->findChild<QComboBox*>(QStringLiteral("s42UnableAnswer"))->setCurrentIndex(2);
            view->goTo(ui::CaseView::Part::Concern, false);
        } else {
            view->goTo(ui::CaseView::Part::Outcomes, false);
        }
    });
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("alongside-screenshots"));
    const QString screen = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("welcome");
    const int lifetime = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 8000;
    const QStringList screens = {QStringLiteral("welcome"),
                                 QStringLiteral("create"),
                                 QStringLiteral("unlock"),
                                 QStringLiteral("unlock-wrong"),
                                 QStringLiteral("main-empty"),
                                 QStringLiteral("team-caseload"),
                                 QStringLiteral("demo"),
                                 QStringLiteral("demo-locked"),
                                 QStringLiteral("about"),
                                 QStringLiteral("settings"),
                                 QStringLiteral("change-passphrase"),
                                 QStringLiteral("caseload-flags"),
                                 QStringLiteral("case-view"),
                                 QStringLiteral("case-view-larger"),
                                 QStringLiteral("new-case"),
                                 QStringLiteral("case-notes"),
                                 QStringLiteral("case-s42"),
                                 QStringLiteral("case-conversation"),
                                 QStringLiteral("case-legal-capacity"),
                                 QStringLiteral("case-legal-advocacy"),
                                 QStringLiteral("case-legal-imca"),
                                 QStringLiteral("case-legal-risk"),
                                 QStringLiteral("letter-editor"),
                                 QStringLiteral("letter-print-preview"),
                                 QStringLiteral("letter-safe-to-send"),
                                 QStringLiteral("dashboard"),
                                 QStringLiteral("dashboard-larger"),
                                 QStringLiteral("dashboard-sg1"),
                                 QStringLiteral("case-person"),
                                 QStringLiteral("case-closing"),
                                 QStringLiteral("supervision-view"),
                                 QStringLiteral("supervision-note"),
                                 QStringLiteral("supervision-case"),
                                 QStringLiteral("supervision-signoff")};
    const QStringList dialogs = {QStringLiteral("about"), QStringLiteral("settings"),
                                 QStringLiteral("change-passphrase")};
    if (!screens.contains(screen)) {
        std::fprintf(stderr, "usage: ui_screenshot_driver %s [MILLISECONDS]\n",
                     qPrintable(screens.join(u'|')));
        return 2;
    }
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);

    test::ShellFixture fixture;
    const bool team = screen == QStringLiteral("team-caseload");
    const bool unlocked = screen == QStringLiteral("main-empty") || team || dialogs.contains(screen);
    if (screen.startsWith(QStringLiteral("unlock")) || unlocked)
        fixture.createRememberedStore();
    if (team)
        test::makeDemoTeamStore(fixture.storePath(), QFileInfo(fixture.storePath()).absolutePath(),
                                test::ShellFixture::now().date());
    ui::MainWindow window(fixture.context());
    // The case screens get the room a practitioner's laptop gives them; the rest stay as before.
    const bool letter = screen.startsWith(QStringLiteral("letter"));
    const bool dashboard = screen.startsWith(QStringLiteral("dashboard"));
    const bool supervision = screen.startsWith(QStringLiteral("supervision"));
    const bool roomy = screen.startsWith(QStringLiteral("case")) || screen == QStringLiteral("new-case")
        || letter || dashboard || supervision;
    // The legal-literacy screens are long forms with their checks beside them: a taller screen.
    const bool legal = screen.startsWith(QStringLiteral("case-legal-"));
    window.resize(legal ? QSize(1280, 1100) : roomy ? QSize(1280, 860) : QSize(1100, 700));
    window.show();

    if (screen == QStringLiteral("create")) {
        QTest::mouseClick(find<QPushButton>(window, "createStoreChoice"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(window, "newPassphrase"), QStringLiteral("kettle orchard lantern"));
        QTest::keyClicks(find<QLineEdit>(window, "confirmPassphrase"), QStringLiteral("kettle orch"));
    } else if (screen == QStringLiteral("unlock-wrong")) {
        QTest::keyClicks(find<QLineEdit>(window, "unlockPassphrase"), QStringLiteral("violet harbour"));
        QTest::keyClick(find<QLineEdit>(window, "unlockPassphrase"), Qt::Key_Return);
    } else if (unlocked) {
        QTest::keyClicks(find<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(test::kPassphrase));
        QTest::keyClick(find<QLineEdit>(window, "unlockPassphrase"), Qt::Key_Return);
        if (dialogs.contains(screen)) {
            const QString action = screen == QStringLiteral("about") ? QStringLiteral("aboutAction")
                : screen == QStringLiteral("settings")               ? QStringLiteral("settingsAction")
                                                       : QStringLiteral("changePassphraseAction");
            // Triggered from the event loop: the dialog's own exec() then runs inside it.
            whenReady([&window] { return window.workspace() != nullptr; },
                      [&window, action] { window.findChild<QAction*>(action)->trigger(); });
        }
    } else if (screen.startsWith(QStringLiteral("case")) || screen == QStringLiteral("new-case") || letter) {
        QTest::mouseClick(find<QPushButton>(window, "openDemoChoice"), Qt::LeftButton);
        whenReady([&window] { return window.workspace() != nullptr; },
                  [&window, screen] {
                      window.actions()->largerText()->setChecked(screen
                                                                 == QStringLiteral("case-view-larger"));
                      if (screen == QStringLiteral("caseload-flags"))
                          showCaseloadFlags(window);
                      else if (screen == QStringLiteral("new-case"))
                          window.actions()->newCase()->trigger();
                      else if (screen.startsWith(QStringLiteral("letter")))
                          test::showLetterScreen(window, screen);
                      else
                          showCaseView(window, screen);
                  });
    } else if (supervision) {
        QTest::mouseClick(find<QPushButton>(window, "openDemoChoice"), Qt::LeftButton);
        whenReady([&window] { return window.workspace() != nullptr; },
                  [&window, screen] { test::showSupervisionScreen(window, screen); });
    } else if (dashboard) {
        const QString boardPdf = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
        QTest::mouseClick(find<QPushButton>(window, "openDemoChoice"), Qt::LeftButton);
        whenReady([&window] { return window.workspace() != nullptr; },
                  [&window, &fixture, boardPdf, screen] {
                      window.actions()->largerText()->setChecked(screen
                                                                 == QStringLiteral("dashboard-larger"));
                      test::showDashboard(window, fixture, boardPdf,
                                          screen == QStringLiteral("dashboard-sg1") ? QStringLiteral("SG1f")
                                                                                    : QString());
                  });
    } else if (screen.startsWith(QStringLiteral("demo"))) {
        QTest::mouseClick(find<QPushButton>(window, "openDemoChoice"), Qt::LeftButton);
        if (screen == QStringLiteral("demo-locked"))
            whenReady([&window] { return window.workspace() != nullptr; }, [&window] { window.lockNow(); });
    }

    QTimer::singleShot(lifetime, &app, &QApplication::quit);
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QApplication::quit();
    });
    stopWatch.start(100);
    return QApplication::exec();
}
