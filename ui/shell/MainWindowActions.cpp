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
}

} // namespace alongside::ui
