#pragma once

#include "model/TeamMemberKey.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace alongside::ui {

// Asks before revoking a colleague's keys, and why (for the record): revoking is final.
// Cancel is the default button, so Enter never revokes by accident.
class RevokeKeyDialog : public QDialog {
    Q_OBJECT

public:
    explicit RevokeKeyDialog(const core::TeamMemberKey& key, QWidget* parent = nullptr);

    QString reason() const;
    QLineEdit* reasonField() const { return m_reason; }
    QPushButton* revokeButton() const { return m_revoke; }

private:
    QLineEdit* m_reason;
    QPushButton* m_revoke;
};

} // namespace alongside::ui
