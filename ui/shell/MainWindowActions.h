#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace alongside::ui {

// The window's menus and their actions (File, View, Help). Kept apart from MainWindow so the
// window reads as the story of locking and unlocking, not as a list of menu entries.
class MainWindowActions : public QObject {
    Q_OBJECT

public:
    explicit MainWindowActions(QMainWindow* window);

    // Only meaningful while a store is unlocked.
    void setStoreUnlocked(bool unlocked);

    QAction* newCase() const { return m_newCase; }
    QAction* lock() const { return m_lock; }
    QAction* changePassphrase() const { return m_changePassphrase; }
    QAction* settings() const { return m_settings; }
    QAction* contactDetails() const { return m_contactDetails; }
    QAction* teamKeys() const { return m_teamKeys; }
    QAction* sendCases() const { return m_sendCases; }
    QAction* openBundle() const { return m_openBundle; }
    QAction* quit() const { return m_quit; }
    QAction* largerText() const { return m_largerText; }
    QAction* showPrompts() const { return m_showPrompts; }
    QAction* outcomeFigures() const { return m_outcomeFigures; }
    QAction* supervision() const { return m_supervision; }
    QAction* about() const { return m_about; }

private:
    QAction* m_newCase;
    QAction* m_lock;
    QAction* m_changePassphrase;
    QAction* m_settings;
    QAction* m_contactDetails;
    QAction* m_teamKeys;
    QAction* m_sendCases;
    QAction* m_openBundle;
    QAction* m_quit;
    QAction* m_largerText;
    QAction* m_showPrompts;
    QAction* m_outcomeFigures;
    QAction* m_supervision;
    QAction* m_about;
};

} // namespace alongside::ui
