#pragma once

#include "model/CaseRecord.h"

#include <QDate>
#include <QWidget>

class QLineEdit;

namespace alongside::ui {

class ConcernForm;

// File → New case…: just enough to start — the person's names, when the concern came in, who
// raised it, what was reported and the type of risk. Everything else is added in the case.
class NewCaseForm : public QWidget {
    Q_OBJECT

public:
    NewCaseForm(const QDate& today, QWidget* parent = nullptr);

    core::CaseRecord record() const;

    QLineEdit* givenName() const { return m_givenName; }
    QLineEdit* familyName() const { return m_familyName; }
    ConcernForm* concern() const { return m_concern; }

private:
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QLineEdit* m_preferredName;
    ConcernForm* m_concern;
};

} // namespace alongside::ui
