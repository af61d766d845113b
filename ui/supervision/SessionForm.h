#pragma once

#include "model/SupervisionSession.h"

#include <QWidget>

class QLineEdit;

namespace alongside::ui {

class DateField;

// Starting a supervision: the day, whose cases, and who is supervising.
class SessionForm : public QWidget {
    Q_OBJECT

public:
    SessionForm(const QDate& today, const QString& practitioner, QWidget* parent = nullptr);
    core::SupervisionSession session() const;

    QLineEdit* teamLeader() const { return m_teamLeader; }

private:
    DateField* m_heldOn;
    QLineEdit* m_practitioner;
    QLineEdit* m_teamLeader;
};

} // namespace alongside::ui
