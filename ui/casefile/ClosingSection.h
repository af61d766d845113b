#pragma once

#include "casefile/CaseSection.h"
#include "rules/PlainLanguageCheck.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class ClosingExperienceForm;
class LetterWordingField;

// Closing, in the person's view: for each outcome, fully, partly or not achieved and why; do
// they feel safer; the SAC risk assessment outcome and (only where action was taken) the risk
// outcome; what happens next. Beside each reason and what happens next, the wording the
// person's easy-read letter will use, drafted from it. Once closed, the same answers are shown
// as a summary.
class ClosingSection : public CaseSection {
    Q_OBJECT

public:
    explicit ClosingSection(const CaseAccess& access, QWidget* parent = nullptr);

    QComboBox* feelsSafer() const { return m_feelsSafer; }
    QComboBox* riskAssessment() const { return m_riskAssessment; }
    QComboBox* riskOutcome() const { return m_riskOutcome; }
    ClosingExperienceForm* experience() const { return m_experience; }
    QPushButton* closeButton() const { return m_close; }
    LetterWordingField* nextForLetter() const { return m_nextForLetter; }
    // The letter wording of each outcome's reason, in the order of the outcomes.
    std::vector<LetterWordingField*> reasonsForLetter() const;

protected:
    void showRecord(const core::CaseRecord& record) override;

private:
    struct OutcomeRow {
        qint64 outcomeId = 0;
        QComboBox* achieved = nullptr;
        QLineEdit* why = nullptr;
        LetterWordingField* whyForLetter = nullptr;
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
    LetterWordingField* m_nextForLetter;
    core::PlainLanguageReader m_reader; // the person, by every name they go by
    QPushButton* m_close;
    QLabel* m_summary;
};

} // namespace alongside::ui
