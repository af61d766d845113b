#pragma once

#include "model/DesiredOutcome.h"
#include "model/RiskEnablementNote.h"
#include "storage/repositories/CapacityRepository.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace alongside::ui {

class DateField;
class FormDraft;
class MiniList;

// A risk enablement note (docs/checks.md, "Risk enablement record"): the person's choice to live with a
// risk that matters to them, made defensible and reviewable — not a risk score. Linked to the
// desired outcomes it serves and, where capacity for this risk decision is in doubt, to an MCA
// assessment.
class RiskEnablementForm : public QWidget {
    Q_OBJECT

public:
    explicit RiskEnablementForm(std::function<QDateTime()> now, QWidget* parent = nullptr);

    // The case's outcomes and capacity assessments to choose from.
    void setChoices(const std::vector<core::DesiredOutcome>& outcomes,
                    const std::vector<core::StoredCapacityAssessment>& assessments);
    core::RiskEnablementNote note() const;
    std::vector<qint64> outcomeIds() const;
    std::optional<qint64> capacityAssessmentId() const;
    void fill(const core::RiskEnablementNote& note, const std::vector<qint64>& outcomeIds,
              std::optional<qint64> capacityAssessmentId);
    void clear();

    QLineEdit* activity() const { return m_activity; }
    QPlainTextEdit* whatItMeans() const { return m_meaning; }
    QCheckBox* outcomeChoice(qint64 outcomeId) const;
    QComboBox* capacityLink() const { return m_capacityLink; }
    DateField* reviewOn() const { return m_reviewOn; }
    QLineEdit* decidedBy() const { return m_decidedBy; }
    QPushButton* saveButton() const { return m_save; }
    // What is typed is kept as a draft (the part opens it at the note being written).
    FormDraft* draft() const { return m_draft; }

signals:
    void saveRequested();
    void cancelRequested();

private:
    void showLists();
    void showFlagsNote();

    std::function<QDateTime()> m_now;
    QLineEdit* m_activity;
    QPlainTextEdit* m_meaning;
    QLineEdit* m_desired;
    QWidget* m_outcomes;
    QVBoxLayout* m_outcomeLayout;
    QPlainTextEdit* m_strengths;
    QLineEdit* m_protective;
    QPlainTextEdit* m_couldHappen;
    QCheckBox* m_toPerson;
    QCheckBox* m_toOthers;
    QCheckBox* m_toChildren;
    QComboBox* m_likelihood;
    QComboBox* m_impact;
    QPlainTextEdit* m_personsView;
    QLineEdit* m_acceptable;
    QComboBox* m_capacity;
    QComboBox* m_capacityLink;
    MiniList* m_options;
    QLineEdit* m_optionText;
    QCheckBox* m_optionLeast;
    QCheckBox* m_optionChosen;
    QPlainTextEdit* m_agreed;
    MiniList* m_actions;
    QLineEdit* m_actionWhat;
    QLineEdit* m_actionWho;
    DateField* m_actionBy;
    QLineEdit* m_contingency;
    QLineEdit* m_escalation;
    MiniList* m_views;
    QLineEdit* m_viewWhose;
    QLineEdit* m_viewText;
    QCheckBox* m_viewDiffers;
    QLineEdit* m_differ;
    QLineEdit* m_decidedBy;
    QLineEdit* m_signOff;
    DateField* m_decidedOn;
    DateField* m_reviewOn;
    QLineEdit* m_monitored;
    QLineEdit* m_tools;
    QCheckBox* m_flagOthers;
    QCheckBox* m_flagCoercion;
    QCheckBox* m_flagCrime;
    QCheckBox* m_flagTrust;
    QLabel* m_flagsNote;
    QPushButton* m_save;
    QPushButton* m_cancel;
    core::RiskEnablementNote m_lists; // options, actions and views, as added
    FormDraft* m_draft;
};

} // namespace alongside::ui
