#pragma once

#include "common/Confirmation.h"

#include <QDialog>

class QPushButton;

namespace alongside::ui {

// The dialog behind confirmed(): the question, the list of what is still open (scrolling if
// long, so the answers stay on screen) and the two answers, the safe one focused.
class ConfirmationDialog : public QDialog {
    Q_OBJECT

public:
    ConfirmationDialog(const Confirmation& confirmation, QWidget* parent = nullptr);

    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    QPushButton* m_confirm;
    QPushButton* m_cancel;
};

} // namespace alongside::ui
