#include "shell/MainWindowActions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace alongside::ui {

MainWindowActions::MainWindowActions(QMainWindow* window) : QObject(window)
{
    QMenu* file = window->menuBar()->addMenu(tr("&File"));
    m_newCase = file->addAction(tr("&New case…"));
    m_newCase->setObjectName(QStringLiteral("newCaseAction"));
    m_newCase->setShortcut(QKeySequence::New);
    m_newCase->setStatusTip(tr("Record a concern about someone new"));
    file->addSeparator();
    m_lock = file->addAction(tr("&Lock"));
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    m_lock->setStatusTip(tr("Hide everything and ask for the passphrase again"));
    m_changePassphrase = file->addAction(tr("&Change passphrase…"));
    m_changePassphrase->setObjectName(QStringLiteral("changePassphraseAction"));
    m_settings = file->addAction(tr("&Settings…"));
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_contactDetails = file->addAction(tr("About &you (who is writing)…"));
    m_contactDetails->setObjectName(QStringLiteral("contactDetailsAction"));
    m_contactDetails->setStatusTip(
        tr("Your name, role, team and work contact details: in the record's history, sign-offs and letters"));
    file->addSeparator();
    // A team without a server: keys, and cases in signed, encrypted bundles (docs/bundles.md).
    m_teamKeys = file->addAction(tr("Team &members and keys…"));
    m_teamKeys->setObjectName(QStringLiteral("teamKeysAction"));
    m_teamKeys->setStatusTip(tr("Your fingerprint and public-key file; colleagues whose keys you trust"));
    m_sendCases = file->addAction(tr("Send cases to my &team leader…"));
    m_sendCases->setObjectName(QStringLiteral("sendCasesAction"));
    m_sendCases->setStatusTip(tr("Save chosen cases in a bundle only your team leader can open"));
    m_openBundle = file->addAction(tr("Open a &bundle…"));
    m_openBundle->setObjectName(QStringLiteral("openBundleAction"));
    m_openBundle->setStatusTip(tr("Check a bundle from a colleague and add its cases"));
    file->addSeparator();
    m_quit = file->addAction(tr("&Quit"));
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    QMenu* view = window->menuBar()->addMenu(tr("&View"));
    m_largerText = view->addAction(tr("&Larger text"));
    m_largerText->setObjectName(QStringLiteral("largerTextAction"));
    m_largerText->setCheckable(true);
    m_showPrompts = view->addAction(tr("Show conversation &prompts"));
    m_showPrompts->setObjectName(QStringLiteral("showPromptsAction"));
    m_showPrompts->setCheckable(true);
    m_showPrompts->setStatusTip(tr("Questions to have in mind while talking with the person"));
    view->addSeparator();
    m_supervision = view->addAction(tr("&Supervision"));
    m_supervision->setObjectName(QStringLiteral("supervisionAction"));
    m_supervision->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_supervision->setStatusTip(tr("Open cases grouped by what might be worth talking about in supervision"));

    QMenu* reports = window->menuBar()->addMenu(tr("&Reports"));
    m_outcomeFigures = reports->addAction(tr("&Outcome figures…"));
    m_outcomeFigures->setObjectName(QStringLiteral("outcomeFiguresAction"));
    m_outcomeFigures->setStatusTip(
        tr("The outcome measure and the SAC tables for a period, with the cases behind each number"));

    QMenu* help = window->menuBar()->addMenu(tr("&Help"));
    m_about = help->addAction(tr("&About Alongside"));
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);

    setStoreUnlocked(false);
}

void MainWindowActions::setStoreUnlocked(bool unlocked)
{
    m_newCase->setEnabled(unlocked);
    m_lock->setEnabled(unlocked);
    m_changePassphrase->setEnabled(unlocked);
    m_outcomeFigures->setEnabled(unlocked);
    m_supervision->setEnabled(unlocked);
    m_contactDetails->setEnabled(unlocked); // kept inside the store
    m_teamKeys->setEnabled(unlocked);
    m_sendCases->setEnabled(unlocked);
    m_openBundle->setEnabled(unlocked);
}

} // namespace alongside::ui
