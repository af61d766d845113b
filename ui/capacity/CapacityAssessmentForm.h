#pragma once

#include "model/CapacityAssessment.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside::ui {

class DateField;
class EvidencePrompt;
class FormDraft;
class RuleResultView;

// A capacity assessment as a guided conversation (MCA 2005 ss.1-3), in the order the law asks
// for it: the one decision; what was done to help them decide; the information they needed;
// then the functional test, each part with its evidence; and only after it, the impairment and
// how it causes the inability (A Local Authority v JB [2021] UKSC 52); then the conclusion.
// core's checkCapacityRecord reads the record as it is typed and says, calmly, what is still
// missing and what is worth a second look. What is typed is kept as a draft
// ("capacity-assessment:<case id>").
class CapacityAssessmentForm : public QWidget {
    Q_OBJECT

public:
    explicit CapacityAssessmentForm(std::function<QDateTime()> now, QWidget* parent = nullptr);

    static QString draftKey(qint64 caseId);
    // Keeps the last case's draft, then shows this case's (true if there was one).
    bool setCase(qint64 caseId);
    core::CapacityAssessment assessment() const;
    void fill(const core::CapacityAssessment& assessment);
    bool isEmpty() const;
    void clearAfterSave();
    bool saveDraft();

    QLineEdit* decision() const { return m_decision; }
    QLineEdit* assessor() const { return m_assessor; }
    EvidencePrompt* steps() const { return m_steps; }
    EvidencePrompt* information() const { return m_information; }
    EvidencePrompt* understand() const { return m_understand; }
    EvidencePrompt* retain() const { return m_retain; }
    EvidencePrompt* useOrWeigh() const { return m_useOrWeigh; }
    EvidencePrompt* communicate() const { return m_communicate; }
    EvidencePrompt* impairment() const { return m_impairment; }
    EvidencePrompt* causes() const { return m_causes; }
    QComboBox* conclusion() const { return m_conclusion; }
    QCheckBox* reliesOn(core::UnjustifiedBasis basis) const { return m_reliesOn.at(basis); }
    RuleResultView* result() const { return m_result; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* draftState() const;
    FormDraft* draft() const { return m_draft; }

signals:
    void saveRequested();
    void putAsideRequested();

private:
    void edited();
    void functionalEdited();
    void nexusEdited();
    void recheck();
    void clearFields();
    QJsonObject draftBody() const;
    void restoreFrom(const QJsonObject& draft);

    std::function<QDateTime()> m_now;
    FormDraft* m_draft;
    QLineEdit* m_decision;
    DateField* m_assessedOn;
    QLineEdit* m_assessor;
    EvidencePrompt* m_steps;
    EvidencePrompt* m_information;
    EvidencePrompt* m_understand;
    EvidencePrompt* m_retain;
    EvidencePrompt* m_useOrWeigh;
    EvidencePrompt* m_communicate;
    EvidencePrompt* m_impairment;
    EvidencePrompt* m_causes;
    QComboBox* m_conclusion;
    std::map<core::UnjustifiedBasis, QCheckBox*> m_reliesOn;
    RuleResultView* m_result;
    QPushButton* m_save;
    QPushButton* m_putAside;
    QDateTime m_functionalAt; // when the functional test was first written down
    QDateTime m_nexusAt;      // when the impairment was first written down
    bool m_filling = false;
};

} // namespace alongside::ui
