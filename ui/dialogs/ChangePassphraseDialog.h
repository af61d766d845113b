#pragma once

#include "storage/keys/SecretBytes.h"
#include "storage/store/StoreError.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

class PassphraseFeedback;

// File → Change passphrase…: the current one (to prove it is you), the new one twice. The
// change itself is done by the window, which knows what must let go of the store first.
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT

public:
    using ChangeFunction = std::function<core::StoreError(core::SecretBytes current, core::SecretBytes next)>;
    ChangePassphraseDialog(ChangeFunction change, QWidget* parent = nullptr);

private:
    void submit();
    void updateChangeButton();

    ChangeFunction m_change;
    QLineEdit* m_current;
    QLineEdit* m_next;
    QLineEdit* m_confirmation;
    PassphraseFeedback* m_feedback;
    QLabel* m_message;
    QPushButton* m_changeButton;
    QPushButton* m_closeButton;
};

} // namespace alongside::ui
