#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace alongside::ui {

// Ctrl+L locks the window while a dialog is open, too. Qt does not let a shortcut of a window
// that a modal dialog blocks fire, so without this the key did nothing in New case, Change
// details or About you — and a practitioner who then typed the passphrase, believing the window
// locked, typed it into the record. One filter on the whole application, so dialogs added later
// answer too. The lock is asked for after the key press has been handled, since locking
// closes the dialog that received it.
class LockKeyInDialogs : public QObject {
    Q_OBJECT

public:
    // Watches the application for as long as `lock` (the window's Lock action) exists.
    static void installFor(QAction* lock);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit LockKeyInDialogs(QAction* lock);

    QPointer<QAction> m_lock;
};

} // namespace alongside::ui
