#pragma once

#include "storage/keys/SecretBytes.h"
#include "storage/store/PassphraseChange.h"
#include "storage/store/StoreError.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace alongside::ui {

class PassphraseFeedback;

// File → Change passphrase…: the current one (to prove it is you), the new one twice. The
// change itself is started by the window, which runs its slow part off the UI thread and knows
// what must let go of the store; the dialog shows each step until the window says it ended.
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT

public:
    using StartFunction = std::function<void(core::SecretBytes current, core::SecretBytes next)>;
    ChangePassphraseDialog(StartFunction start, QWidget* parent = nullptr);

    // From the window while the change runs, then once when it has ended.
    void showStep(core::PassphraseChange::Step step);
    void changeEnded(const core::StoreError& error);
    bool isChanging() const { return m_changing; }

    // While the change runs the dialog stays (Escape and closing do nothing): the window ends
    // the change first when it locks.
    void reject() override;

private:
    void submit();
    void updateChangeButton();

    StartFunction m_start;
    bool m_changing = false;
    QProgressBar* m_progress;
    QLineEdit* m_current;
    QLineEdit* m_next;
    QLineEdit* m_confirmation;
    PassphraseFeedback* m_feedback;
    QLabel* m_message;
    QPushButton* m_changeButton;
    QPushButton* m_closeButton;
};

} // namespace alongside::ui
