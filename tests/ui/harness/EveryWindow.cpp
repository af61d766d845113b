#include "harness/EveryWindow.h"

#include "harness/DialogDriving.h"
#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "common/ScreenFit.h"
#include "letters/LetterEditor.h"
#include "reporting/OutcomeFiguresPage.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace alongside::test {

namespace {

// Walks the windows in order, noting what went wrong rather than stopping at it.
class Tour {
public:
    explicit Tour(const WindowVisit& visit) : m_visit(visit) {}

    void see(const QString& name, QWidget* window)
    {
        settleWindow();
        m_visit(name, window);
    }

    bool click(QWidget& root, const char* button)
    {
        auto* found = root.findChild<QPushButton*>(QString::fromLatin1(button));
        if (!found || !found->isVisible()) {
            m_trouble << QStringLiteral("no button %1 to press").arg(QString::fromLatin1(button));
            return false;
        }
        QTest::mouseClick(found, Qt::LeftButton);
        settleWindow();
        return true;
    }

    DialogDrive seeing(const QString& name)
    {
        return [this, name](QDialog* dialog) {
            see(QStringLiteral("dialog: %1").arg(name), dialog);
            dialog->reject();
        };
    }

    // Opens the dialog `open` brings up, visits it, and closes it unchanged.
    void seeDialog(const QString& name, const std::function<void()>& open)
    {
        if (!whileDialogOpen(open, seeing(name)))
            m_trouble << QStringLiteral("dialog: %1 did not open").arg(name);
    }

    void seeCase(StoriesWindow& shell, qint64 caseId, const QString& who)
    {
        ui::CaseView* view = shell.openCase(caseId);
        see(QStringLiteral("case view: %1").arg(who), &shell.window());
        // Every part that folds out a form, folded out at once: their controls share the window.
        for (const char* opens :
             {"recordConversation", "recordCapacityAssessment", "recordBestInterests", "writeRiskNote"})
            if (auto* button = view->findChild<QPushButton*>(QString::fromLatin1(opens));
                button && button->isVisible())
                QTest::mouseClick(button, Qt::LeftButton);
        see(QStringLiteral("case view: %1, every form open").arg(who), &shell.window());
    }

    // Starts a supervision in the dialog `open` brings up (as a team leader would, with their
    // name typed), visiting it, then visits the dialog that follows it, if any (`then`).
    void seeStartingSupervision(const std::function<void()>& open, const QString& then = {})
    {
        std::vector<DialogDrive> drives{[this](QDialog* start) {
            see(QStringLiteral("dialog: Start a supervision"), start);
            if (auto* leader = start->findChild<QLineEdit*>(QStringLiteral("sessionTeamLeader")))
                leader->setText(QStringLiteral("Ada Leader"));
            if (auto* save = start->findChild<QPushButton*>(QStringLiteral("saveDialogSave")))
                save->click();
        }};
        if (!then.isEmpty())
            drives.push_back(seeing(then));
        if (whileDialogsOpen(open, drives) != static_cast<int>(drives.size()))
            m_trouble << QStringLiteral("starting a supervision did not lead on to %1")
                             .arg(then.isEmpty() ? QStringLiteral("its dialog") : then);
    }

    void note(const QString& trouble) { m_trouble << trouble; }
    QStringList trouble() const { return m_trouble; }

private:
    const WindowVisit& m_visit;
    QStringList m_trouble;
};

} // namespace

QStringList visitEveryWindow(const WindowVisit& visit)
{
    Tour tour(visit);
    {
        ShellFixture fixture;
        ui::MainWindow window(fixture.context());
        window.show();
        tour.see(QStringLiteral("first run"), &window);
        if (tour.click(window, "createStoreChoice"))
            tour.see(QStringLiteral("create a store"), &window);
    }

    StoriesWindow shell;
    ui::MainWindow& window = shell.window();
    // As large as the laptop lets it be (the harness's own size is for other tests).
    ui::fitToScreen(&window, ui::kLaptopScreen);
    window.lockNow();
    tour.see(QStringLiteral("unlock"), &window);
    shell.unlock();
    tour.see(QStringLiteral("caseload"), &window);

    ui::MainWindowActions* actions = window.actions();
    tour.seeDialog(QStringLiteral("New case"), [&] { actions->newCase()->trigger(); });
    tour.seeDialog(QStringLiteral("Settings"), [&] { actions->settings()->trigger(); });
    tour.seeDialog(QStringLiteral("Change passphrase"), [&] { actions->changePassphrase()->trigger(); });
    tour.seeDialog(QStringLiteral("About you"), [&] { actions->contactDetails()->trigger(); });
    tour.seeDialog(QStringLiteral("About"), [&] { actions->about()->trigger(); });

    tour.seeCase(shell, shell.stories.sam, QStringLiteral("Sam"));
    tour.seeCase(shell, shell.stories.doris, QStringLiteral("Doris"));
    ui::CaseView* view = window.workspace()->caseView();
    tour.seeDialog(QStringLiteral("About the person"), [&] { tour.click(*view, "changePersonButton"); });
    tour.seeDialog(QStringLiteral("The concern"), [&] { tour.click(*view, "changeConcernButton"); });
    tour.seeDialog(QStringLiteral("Close the case?"), [&] { tour.click(*view, "closeCase"); });
    tour.seeDialog(QStringLiteral("Manager sign-off"), [&] { tour.click(*view, "caseSignOff"); });
    // The reflective note needs a supervision today: the first dialog starts one.
    tour.seeStartingSupervision([&] { tour.click(*view, "caseReflectiveNote"); },
                                QStringLiteral("Reflective note"));
    tour.seeDialog(QStringLiteral("Reflective note, again"),
                   [&] { tour.click(*view, "caseReflectiveNote"); });

    if (tour.click(*view, "writeLetter")) {
        auto* letter = view->findChild<ui::LetterEditor*>();
        if (letter && QTest::qWaitFor([letter] { return letter->isVisible(); }, kSlowEnough)) {
            tour.see(QStringLiteral("letter editor"), letter);
            letter->close();
        } else {
            tour.note(QStringLiteral("the letter editor did not open"));
        }
    }

    actions->supervision()->trigger();
    tour.see(QStringLiteral("supervision"), &window);
    tour.seeStartingSupervision([&] { tour.click(window, "startSupervision"); });
    if (auto* agenda = window.findChild<QAbstractItemView*>(QStringLiteral("supervisionAgenda"))) {
        // The first case in the agenda, as Down from the top chooses it.
        agenda->setFocus();
        for (int step = 0;
             step < 4 && !window.findChild<QPushButton*>(QStringLiteral("supervisionNote"))->isEnabled();
             ++step)
            QTest::keyClick(agenda, Qt::Key_Down);
    }
    tour.seeDialog(QStringLiteral("Reflective note, from supervision"),
                   [&] { tour.click(window, "supervisionNote"); });
    tour.seeDialog(QStringLiteral("Manager sign-off, from supervision"),
                   [&] { tour.click(window, "supervisionSignOff"); });
    tour.see(QStringLiteral("supervision, a case chosen"), &window);

    tour.seeDialog(QStringLiteral("Team members and keys"), [&] { actions->teamKeys()->trigger(); });
    tour.seeDialog(QStringLiteral("Send cases to my team leader"), [&] { actions->sendCases()->trigger(); });
    {
        // A file that is not a bundle: the dialog shows why it cannot be opened.
        const QString notABundle = shell.fixture.folder().filePath(
            QStringLiteral("not-a-bundle.alongside-bundle"));
        QFile file(notABundle);
        if (file.open(QIODevice::WriteOnly))
            file.write("not a bundle");
        file.close();
        shell.fixture.chooser().openFile = notABundle;
        tour.seeDialog(QStringLiteral("Open a bundle, refused"), [&] { actions->openBundle()->trigger(); });
    }
    actions->outcomeFigures()->trigger();
    // Counted on a worker, then shown a section per turn of the event loop: looked at once every
    // section is there (the page is busy until then).
    if (ui::OutcomeFiguresPage* figures = window.workspace()->outcomeFigures()) {
        [[maybe_unused]] const bool shown = QTest::qWaitFor(
            [figures] { return !figures->isBusy(); },
            kSlowEnough); // if not, the checks say what is missing
    }
    tour.see(QStringLiteral("outcome figures"), &window);
    return tour.trouble();
}

} // namespace alongside::test
