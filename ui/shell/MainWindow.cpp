#include "shell/MainWindow.h"

#include "common/EnterPressesButton.h"
#include "common/FocusStaysInView.h"
#include "common/ScreenFit.h"
#include "common/WheelGuard.h"
#include "demo/DemoCaseload.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/SettingsDialog.h"
#include "lock/ForgetWhatWasShown.h"
#include "lock/IdleLockTimer.h"
#include "lock/SessionLockWatcher.h"
#include "shell/LockKeyInDialogs.h"
#include "shell/MainWindowActions.h"
#include "shell/PassphraseChangeTask.h"
#include "shell/StoreOpenTask.h"
#include "shell/StoreStatusLabel.h"
#include "shell/WorkspacePage.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/store/OwnerOnlyFiles.h"
#include "unlock/UnlockPage.h"
#include "welcome/CreateStorePage.h"
#include "welcome/WelcomePage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace alongside::ui {

namespace {

QString defaultNewStoreLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("caseload.alongside"));
}

} // namespace

MainWindow::MainWindow(ShellContext context, QWidget* parent)
    : QMainWindow(parent),
      m_context(std::move(context)),
      m_settings(m_context.settingsFile),
      m_actions(new MainWindowActions(this)),
      m_pages(new QStackedWidget(this)),
      m_welcomePage(new WelcomePage(m_pages)),
      m_createPage(nullptr),
      m_unlockPage(new UnlockPage(m_pages)),
      m_storeLabel(new StoreStatusLabel(this)),
      m_idleLock(new IdleLockTimer(this)),
      m_openTask(new StoreOpenTask(m_context.storeOptions, this)),
      m_passphraseTask(new PassphraseChangeTask(this))
{
    if (!m_context.fileChooser)
        m_context.fileChooser = std::make_shared<DialogFileChooser>();
    // Key derivations on workers must not hold this window's thread up (issue 10).
    core::keepHeapClearOfDerivations();
    // Whole-application rules for input, so every window and every control added later
    // follows them: the wheel changes no answer by accident, Enter presses a focused button.
    WheelGuard::installOnApplication();
    EnterPressesButton::installOnApplication();
    FocusStaysInView::installOnApplication();
    LockKeyInDialogs::installFor(m_actions->lock());
    m_createPage = new CreateStorePage(*m_context.fileChooser, m_pages);
    setWindowTitle(tr("Alongside"));
    setObjectName(QStringLiteral("mainWindow"));
    fitToScreen(this, QSize(1100, 700));

    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_createPage);
    m_pages->addWidget(m_unlockPage);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_storeLabel);

    connect(m_welcomePage, &WelcomePage::createRequested, this, &MainWindow::beginCreate);
    connect(m_welcomePage, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcomePage, &WelcomePage::openExistingRequested, this, &MainWindow::openExisting);
    connect(m_createPage, &CreateStorePage::createRequested, this, &MainWindow::createStore);
    connect(m_createPage, &CreateStorePage::backRequested, this, &MainWindow::showWelcome);
    connect(m_unlockPage, &UnlockPage::unlockRequested, this, &MainWindow::unlock);
    connect(m_unlockPage, &UnlockPage::differentStoreRequested, this, &MainWindow::showWelcome);
    // Queued: the store's connection is made as the key is found, and the workspace is built in
    // the event loop's next turn, so the window answers between the two (no 50 ms stall).
    connect(m_openTask, &StoreOpenTask::finished, this, &MainWindow::openingFinished, Qt::QueuedConnection);
    connect(m_passphraseTask, &PassphraseChangeTask::stepReached, this,
            [this](core::PassphraseChange::Step step) {
                if (m_passphraseDialog)
                    m_passphraseDialog->showStep(step);
            });
    connect(m_passphraseTask, &PassphraseChangeTask::copyReady, this, &MainWindow::passphraseCopyReady);
    connect(m_passphraseTask, &PassphraseChangeTask::ended, this, [this] {
        if (std::exchange(m_unlockWhenChangeEnds, false))
            unlock();
    });

    connect(m_actions->lock(), &QAction::triggered, this, &MainWindow::lockNow);
    connect(m_actions->changePassphrase(), &QAction::triggered, this, &MainWindow::changePassphrase);
    connect(m_actions->settings(), &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_actions->contactDetails(), &QAction::triggered, this, &MainWindow::editContactDetails);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->largerText(), &QAction::toggled, this, &MainWindow::setLargerText);
    connect(m_actions->about(), &QAction::triggered, this, [this] { AboutDialog(this).exec(); });

    m_idleLock->setInterval(std::chrono::minutes(m_settings.idleLockMinutes()));
    connect(m_idleLock, &IdleLockTimer::idleTooLong, this, &MainWindow::lockNow);
    connect(new SessionLockWatcher(this), &SessionLockWatcher::lockRequested, this, &MainWindow::lockNow);

    m_actions->largerText()->setChecked(m_settings.largerText());
    m_actions->showPrompts()->setChecked(m_settings.showPrompts());
    connect(m_actions->showPrompts(), &QAction::toggled, this,
            [this](bool on) { m_settings.setShowPrompts(on); });

    const QString remembered = m_settings.lastStorePath();
    if (!remembered.isEmpty() && QFileInfo::exists(remembered)) {
        m_session.chooseStore(remembered);
        showUnlock();
    } else {
        showWelcome();
    }
}

MainWindow::~MainWindow()
{
    shutDown();
}

void MainWindow::showWelcome()
{
    leaveWorkspace();
    m_session.clearChoice(); // deletes the demo, whose passphrase has been on screen
    m_welcomePage->showProblem({});
    m_pages->setCurrentWidget(m_welcomePage);
    m_welcomePage->focusFirstChoice();
    refreshChrome();
}

void MainWindow::beginCreate()
{
    m_pages->setCurrentWidget(m_createPage);
    m_createPage->begin(defaultNewStoreLocation());
}

void MainWindow::createStore()
{
    m_creatingPath = m_createPage->location();
    // The default folder may not exist on first run; one Alongside makes is its owner's only.
    core::makeOwnerOnlyFolders(QFileInfo(m_creatingPath).absolutePath());
    m_opening = Opening::Create;
    m_createPage->setBusy(true);
    statusBar()->showMessage(tr("Creating the store…"));
    m_openTask->start(m_creatingPath, core::StoreOpener::Purpose::CreateNew, m_createPage->takePassphrase());
}

void MainWindow::openDemo()
{
    // Created through the opener rather than createDemoStore(), so the slow key derivation
    // runs off this thread while the connection is still made (and owned) on it.
    m_creatingDemo = core::chooseDemoStoreLocation();
    core::makeOwnerOnlyFolders(m_creatingDemo.folder);
    m_opening = Opening::Demo;
    m_welcomePage->setBusy(tr("Preparing the demo…"));
    statusBar()->showMessage(tr("Preparing the demo…"));
    QString passphrase = m_creatingDemo.passphrase;
    m_openTask->start(m_creatingDemo.path, core::StoreOpener::Purpose::CreateNew,
                      core::SecretBytes::takeUtf8(passphrase));
}

void MainWindow::openExisting()
{
    const QString remembered = m_settings.lastStorePath();
    const QString startFolder = remembered.isEmpty() ? QDir::homePath()
                                                     : QFileInfo(remembered).absolutePath();
    const QString chosen = m_context.fileChooser->chooseExistingStore(this, startFolder);
    if (chosen.isEmpty())
        return;
    m_session.chooseStore(chosen);
    showUnlock();
}

void MainWindow::showUnlock()
{
    m_unlockPage->showStore(m_session.path(), m_session.demoPassphrase());
    m_pages->setCurrentWidget(m_unlockPage);
    m_unlockPage->focusPassphrase();
    refreshChrome();
}

void MainWindow::unlock()
{
    if (m_openTask->isRunning() || !m_session.hasChoice())
        return;
    m_unlockPage->setBusy(true);
    statusBar()->showMessage(tr("Unlocking…"));
    if (m_passphraseTask->isRunning()) {
        // A change abandoned by locking is still removing its copy beside the store: wait.
        m_unlockWhenChangeEnds = true;
        return;
    }
    m_opening = Opening::Unlock;
    m_openTask->start(m_session.path(), core::StoreOpener::Purpose::OpenExisting,
                      m_unlockPage->takePassphrase());
}

void MainWindow::openingFinished()
{
    std::unique_ptr<core::Store> store = m_openTask->takeStore();
    const core::StoreError error = m_openTask->error();
    const Opening finished = std::exchange(m_opening, Opening::Nothing);
    const bool lockAtOnce = std::exchange(m_lockWhenOpened, false);
    statusBar()->clearMessage();

    switch (finished) {
    case Opening::Nothing:
        return;
    case Opening::Unlock:
        m_unlockPage->setBusy(false);
        if (!store) {
            m_unlockPage->showProblem(error.message);
            m_unlockPage->focusPassphrase();
            return;
        }
        break;
    case Opening::Create:
        m_createPage->setBusy(false);
        if (!store) {
            m_createPage->showProblem(error.message);
            return;
        }
        m_session.chooseStore(m_creatingPath);
        break;
    case Opening::Demo:
        if (store && !core::populateDemoCaseload(store->database(), m_context.today()))
            store.reset();
        if (!store) {
            core::removeDemoStore(m_creatingDemo);
            m_welcomePage->showProblem(tr("The demo could not be prepared. %1").arg(error.message));
            return;
        }
        m_session.chooseDemo(m_creatingDemo);
        break;
    }
    m_session.adopt(std::move(store));
    if (!m_session.isDemo())
        m_settings.setLastStorePath(m_session.path()); // the path only: never what is inside
    if (lockAtOnce) {
        m_session.lock();
        showUnlock();
        statusBar()->showMessage(tr("Locked while the store was opening. Type the passphrase to carry on."));
        forgetWhatWasShown();
        return;
    }
    enterWorkspace();
}

void MainWindow::enterWorkspace()
{
    m_workspace = new WorkspacePage(m_session.store()->database(), m_session.store()->reader(), m_context,
                                    m_settings, m_actions, m_session.demoPassphrase(), m_pages);
    m_pages->addWidget(m_workspace);
    m_pages->setCurrentWidget(m_workspace);
    m_workspace->focusFirstControl();
    if (m_leftAt && m_leftStore == m_session.path())
        m_workspace->returnTo(*m_leftAt);
    m_leftAt.reset();
    m_idleLock->start();
    refreshChrome();
}

void MainWindow::leaveWorkspace(Drafts drafts)
{
    m_idleLock->stop();
    if (!m_workspace)
        return;
    if (drafts == Drafts::Save)
        m_workspace->saveDrafts();
    m_leftAt = m_workspace->place();
    m_leftStore = m_session.path();
    // Deleted now, not later: its repositories hold the connection the store is about to drop.
    m_pages->removeWidget(m_workspace);
    delete m_workspace;
    m_workspace = nullptr;
}

void MainWindow::lockNow()
{
    if (!m_session.isUnlocked()) {
        if (m_opening != Opening::Nothing)
            m_lockWhenOpened = true;
        return;
    }
    // First, while every form and dialog is still there: what was typed goes into the store.
    if (m_workspace)
        m_workspace->saveDrafts();
    // A passphrase change under way is given up (its copy is thrown away), so its dialog can go.
    if (m_passphraseTask->isRunning()) {
        m_passphraseTask->abandon();
        if (m_passphraseDialog) {
            m_passphraseDialog->changeEnded(core::StoreError{
                core::StoreErrorKind::Io, tr("The passphrase was not changed: Alongside locked first."), {}});
        }
    }
    // A dialog left open (settings, passphrase change) must not outlive what it was about.
    for (QDialog* dialog : findChildren<QDialog*>())
        dialog->reject();
    leaveWorkspace();
    m_session.lock();
    showUnlock();
    statusBar()->showMessage(tr("Locked. Type the passphrase to carry on."), 5000);
    // Last, with everything that held case data gone: what Qt still holds, and freed memory.
    forgetWhatWasShown();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    shutDown();
    event->accept();
}

void MainWindow::shutDown()
{
    leaveWorkspace();
    m_session.clearChoice();
    if (m_opening == Opening::Demo)
        core::removeDemoStore(m_creatingDemo);
    m_opening = Opening::Nothing;
}

void MainWindow::changePassphrase()
{
    ChangePassphraseDialog dialog(
        [this](core::SecretBytes current, core::SecretBytes next) {
            startPassphraseChange(std::move(current), std::move(next));
        },
        this);
    m_passphraseDialog = &dialog;
    dialog.exec();
}

void MainWindow::startPassphraseChange(core::SecretBytes current, core::SecretBytes next)
{
    if (!m_session.isUnlocked() || m_passphraseTask->isRunning()) {
        if (m_passphraseDialog) {
            m_passphraseDialog->changeEnded(
                core::StoreError{core::StoreErrorKind::Io,
                                 tr("A passphrase change is still finishing. Try again in a moment."),
                                 {}});
        }
        return;
    }
    // Saved now, so nothing typed is waiting to be written while the copy is made (a write
    // after the copy was taken would stop the change; the dialog keeps anyone from typing).
    if (m_workspace)
        m_workspace->saveDrafts();
    statusBar()->showMessage(tr("Changing passphrase…"));
    m_passphraseTask->start(*m_session.store(), std::move(current), std::move(next));
}

void MainWindow::passphraseCopyReady(const core::StoreError& prepared)
{
    core::StoreError error = prepared;
    if (!error && !m_session.isUnlocked()) {
        m_passphraseTask->abandon();
        error = core::StoreError{
            core::StoreErrorKind::Io, tr("The passphrase was not changed: Alongside locked first."), {}};
    } else if (!error) {
        // The store reopens its own connections under the new key, so the workspace and
        // everything in it (repositories, the reader of the figures) carry on as they are: no
        // view is rebuilt, and the window is held up only for the swap itself. Its drafts were
        // saved when the change began.
        error = m_passphraseTask->finish(*m_session.store());
        if (!m_session.store()->isOpen()) {
            // The re-keyed file could not be opened again: ask for the passphrase, as after a lock.
            leaveWorkspace(Drafts::AlreadySaved);
            m_session.lock();
            showUnlock();
        }
    }
    // The dialog says how it went in the event loop's next turn, so that the window answers
    // between the swap and the dialog's new layout rather than after both (issue 10).
    QTimer::singleShot(0, this, [this, error] {
        statusBar()->clearMessage();
        if (m_passphraseDialog)
            m_passphraseDialog->changeEnded(error);
    });
}

void MainWindow::editSettings()
{
    // Who is writing is read afresh for every write, so only the lock needs telling.
    const QString who = m_workspace ? m_workspace->whoIsWriting()
                                    : tr("Unlock the store to see or change it.");
    SettingsDialog::ChangeWho change;
    if (m_workspace)
        change = [this] { return m_workspace ? m_workspace->editWhoIsWriting() : QString(); };
    if (SettingsDialog::edit(m_settings, who, change, this))
        m_idleLock->setInterval(std::chrono::minutes(m_settings.idleLockMinutes()));
}

void MainWindow::editContactDetails()
{
    if (m_workspace)
        m_workspace->editWhoIsWriting();
}

void MainWindow::setLargerText(bool on)
{
    m_textSize.setLarger(on);
    m_settings.setLargerText(on);
}

void MainWindow::refreshChrome()
{
    m_actions->setStoreUnlocked(m_session.isUnlocked());
    m_storeLabel->describe(m_session);
}

} // namespace alongside::ui
