#pragma once

#include "demo/DemoStore.h"
#include "shell/AppSettings.h"
#include "shell/ShellContext.h"
#include "shell/StoreSession.h"
#include "shell/TextSize.h"
#include "shell/WorkspacePage.h"

#include <QMainWindow>
#include <QPointer>

class QStackedWidget;

namespace alongside::ui {

class ChangePassphraseDialog;
class CreateStorePage;
class IdleLockTimer;
class MainWindowActions;
class PassphraseChangeTask;
class StoreOpenTask;
class StoreStatusLabel;
class UnlockPage;
class WelcomePage;

// The one window. It moves between four pages — first-run choices, creating a store, unlock,
// and the workspace — and owns the rule that matters most: locking saves drafts into the
// store, lets go of every connection, closes the store, and only then shows the unlock page.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(ShellContext context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void lockNow();

    // For tests and the screenshot driver: the pages as they are now.
    WorkspacePage* workspace() const { return m_workspace; }
    UnlockPage* unlockPage() const { return m_unlockPage; }
    WelcomePage* welcomePage() const { return m_welcomePage; }
    CreateStorePage* createStorePage() const { return m_createPage; }
    MainWindowActions* actions() const { return m_actions; }
    IdleLockTimer* idleLockTimer() const { return m_idleLock; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Opening { Nothing, Unlock, Create, Demo };

    void showWelcome();
    void beginCreate();
    void createStore();
    void openDemo();
    void openExisting();
    void showUnlock();
    void unlock();
    void openingFinished();
    void enterWorkspace();
    enum class Drafts { Save, AlreadySaved };
    void leaveWorkspace(Drafts drafts = Drafts::Save);
    void shutDown();

    void changePassphrase();
    void startPassphraseChange(core::SecretBytes current, core::SecretBytes next);
    void passphraseCopyReady(const core::StoreError& prepared);
    void editSettings();
    void editContactDetails();
    void setLargerText(bool on);
    void refreshChrome();

    ShellContext m_context;
    AppSettings m_settings;
    TextSize m_textSize;
    StoreSession m_session;
    MainWindowActions* m_actions;
    QStackedWidget* m_pages;
    WelcomePage* m_welcomePage;
    CreateStorePage* m_createPage;
    UnlockPage* m_unlockPage;
    WorkspacePage* m_workspace = nullptr;
    StoreStatusLabel* m_storeLabel;
    IdleLockTimer* m_idleLock;
    StoreOpenTask* m_openTask;
    PassphraseChangeTask* m_passphraseTask;
    QPointer<ChangePassphraseDialog> m_passphraseDialog;
    bool m_unlockWhenChangeEnds = false; // asked to unlock while a change was still finishing
    Opening m_opening = Opening::Nothing;
    // A lock (idle, the desktop's, Ctrl+L) came while a store was still opening: the store it
    // opens is not shown, so a locked screen never turns into an open caseload by itself.
    bool m_lockWhenOpened = false;
    QString m_creatingPath;
    // Where the workspace was when it went (a lock, a passphrase change), to come back to in
    // the same store. Only ids and positions: nothing about the person.
    std::optional<WorkspacePlace> m_leftAt;
    QString m_leftStore;
    core::DemoStoreLocation m_creatingDemo;
};

} // namespace alongside::ui
