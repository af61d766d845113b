#pragma once

#include "casefile/CaseSection.h"
#include "storage/repositories/CapacityRepository.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class BestInterestsForm;
class CapacityAssessmentForm;

// Capacity and best interests in a case (MCA 2005): whether the person lacked capacity to take
// part in the enquiry (SAC SG3a); doubts noted about particular decisions; capacity
// assessments, each about one decision, recorded as a guided conversation; and best-interests
// decisions. Many of each per case. Reads and writes through core's CapacityRepository.
class CapacitySection : public CaseSection {
    Q_OBJECT

public:
    explicit CapacitySection(const CaseAccess& access, QWidget* parent = nullptr);

    // Keeps this case's assessment draft; shows the other case's, if any.
    void switchCase(qint64 caseId);
    bool saveDraft();
    // Opens the assessment form: a new one, or the stored one with this id.
    void startAssessment(qint64 assessmentId = 0, std::optional<qint64> doubtId = std::nullopt);
    void startBestInterests(qint64 decisionId = 0, std::optional<qint64> assessmentId = std::nullopt);

    QComboBox* enquiryLackedCapacity() const { return m_lacked; }
    QComboBox* enquirySupported() const { return m_supported; }
    QLineEdit* doubtDecision() const { return m_doubtDecision; }
    QLineEdit* doubtWhy() const { return m_doubtWhy; }
    QPushButton* noteDoubtButton() const { return m_noteDoubt; }
    QPushButton* recordAssessmentButton() const { return m_recordAssessment; }
    QPushButton* recordBestInterestsButton() const { return m_recordBestInterests; }
    CapacityAssessmentForm* assessmentForm() const { return m_form; }
    BestInterestsForm* bestInterestsForm() const { return m_bestInterests; }
    QWidget* cards() const { return m_cards; }

protected:
    void showRecord(const core::CaseRecord& record) override;
    void leavingCase() override;
    void carryOnDrafts(bool arrived) override;

private:
    core::CapacityRepository repository() const;
    void enquiryAnswered();
    void noteDoubt();
    void saveAssessment();
    void saveBestInterests();
    void showAssessmentForm(bool show);
    void showBestInterestsForm(bool show);
    void putBestInterestsAway();

    QComboBox* m_lacked;
    QComboBox* m_supported;
    QWidget* m_cards;
    QVBoxLayout* m_cardLayout;
    QLineEdit* m_doubtDecision;
    QLineEdit* m_doubtWhy;
    QPushButton* m_noteDoubt;
    QPushButton* m_recordAssessment;
    CapacityAssessmentForm* m_form;
    QPushButton* m_recordBestInterests;
    BestInterestsForm* m_bestInterests;
    qint64 m_editingAssessment = 0;
    std::optional<qint64> m_forDoubt;
    qint64 m_editingBestInterests = 0;
    std::optional<qint64> m_forAssessment;
};

} // namespace alongside::ui
