#pragma once

#include "model/ManagerSignOff.h"
#include "model/SupervisionFacts.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace alongside::ui {

class DateField;

// A manager's sign-off of one decision in a case: a positive risk-taking decision or a
// decision to act against the person's wishes. Who signs, in what role, on which day, and
// what they want to say about it. Shows the sign-off already given, if any: a new one
// supersedes it, and both stay in the record.
class SignOffForm : public QWidget {
    Q_OBJECT

public:
    using CurrentSignOff = std::function<std::optional<core::ManagerSignOff>(const core::SignOffCandidate&)>;
    SignOffForm(qint64 caseId, std::vector<core::SignOffCandidate> decisions, CurrentSignOff current,
                const QDate& today, QWidget* parent = nullptr);

    bool hasDecisions() const { return !m_decisions.empty(); }
    core::ManagerSignOff signOff() const;

    QComboBox* decision() const { return m_decision; }
    QLineEdit* name() const { return m_name; }
    QLineEdit* role() const { return m_role; }
    DateField* signedOn() const { return m_signedOn; }
    QPlainTextEdit* comment() const { return m_comment; }

private:
    void showCurrent();

    qint64 m_caseId;
    std::vector<core::SignOffCandidate> m_decisions;
    CurrentSignOff m_current;
    QComboBox* m_decision;
    QLabel* m_already;
    QLineEdit* m_name;
    QLineEdit* m_role;
    DateField* m_signedOn;
    QPlainTextEdit* m_comment;
};

// How a decision reads in a list ("Risk enablement: Going to the allotment on her own, 25 Feb").
QString describeDecision(const core::SignOffCandidate& decision);

} // namespace alongside::ui
