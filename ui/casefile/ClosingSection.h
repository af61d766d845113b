#pragma once

#include "casefile/CaseSection.h"
#include "rules/PlainLanguageCheck.h"

#include <QStringList>

#include <functional>
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
// person's easy-read letter will use, drafted from it. Nothing is pre-answered. Closing asks
// first, listing what is still open (core's stillOpenAtClosing). Once closed, a summary with what
// they wanted in their own words and how it went in their view.
class ClosingSection : public CaseSection {
    Q_OBJECT

public:
    explicit ClosingSection(const CaseAccess& access, QWidget* parent = nullptr);

    // Typed work for this case not yet saved to the record (drafts waiting), one line each;
    // asked just before closing. CaseView provides it.
    void setDraftsWaiting(std::function<QStringList()> draftsWaiting)
    {
        m_draftsWaiting = std::move(draftsWaiting);
    }

    QComboBox* feelsSafer() const { return m_feelsSafer; }
    QComboBox* riskAssessment() const { return m_riskAssessment; }
    QComboBox* riskOutcome() const { return m_riskOutcome; }
    ClosingExperienceForm* experience() const { return m_experience; }
    QPushButton* closeButton() const { return m_close; }
    LetterWordingField* nextForLetter() const { return m_nextForLetter; }
    // The letter wording of each outcome's reason, in the order of the outcomes.
    std::vector<LetterWordingField*> reasonsForLetter() const;
    // The drop-down "In their view" for each outcome, in the order of the outcomes.
    QList<QComboBox*> achievementChoices() const;
    QWidget* summary() const { return m_summary; }

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

    core::CaseRecord m_record;
    std::function<QStringList()> m_draftsWaiting;
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
    QWidget* m_summary;
    QVBoxLayout* m_summaryLayout;
};

} // namespace alongside::ui
