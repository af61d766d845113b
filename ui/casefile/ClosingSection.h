#pragma once

#include "casefile/CaseSection.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class ClosingExperienceForm;

// Closing, in the person's view: for each outcome, fully, partly or not achieved and why; do
// they feel safer; the SAC risk assessment outcome and (only where action was taken) the risk
// outcome; what happens next. Once closed, the same answers are shown as a summary.
class ClosingSection : public CaseSection {
    Q_OBJECT

public:
    explicit ClosingSection(const CaseAccess& access, QWidget* parent = nullptr);

    QComboBox* feelsSafer() const { return m_feelsSafer; }
    QComboBox* riskAssessment() const { return m_riskAssessment; }
    QComboBox* riskOutcome() const { return m_riskOutcome; }
    ClosingExperienceForm* experience() const { return m_experience; }
    QPushButton* closeButton() const { return m_close; }

protected:
    void showRecord(const core::CaseRecord& record) override;

private:
    struct OutcomeRow {
        qint64 outcomeId = 0;
        QComboBox* achieved = nullptr;
        QLineEdit* why = nullptr;
    };
    void showClosed(const core::CaseRecord& record);
    void riskAssessmentChosen();
    void closeCase();

    QWidget* m_form;
    QWidget* m_outcomes;
    QVBoxLayout* m_outcomeLayout;
    std::vector<OutcomeRow> m_rows;
    QComboBox* m_feelsSafer;
    ClosingExperienceForm* m_experience; // MSP Outcomes Framework experience questions (sac)
    QComboBox* m_riskAssessment;
    QComboBox* m_riskOutcome;
    QLabel* m_riskOutcomeHint;
    QPlainTextEdit* m_next;
    QPushButton* m_close;
    QLabel* m_summary;
};

} // namespace alongside::ui
