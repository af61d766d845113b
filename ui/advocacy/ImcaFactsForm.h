#pragma once

#include "model/ImcaSituation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QSpinBox;

namespace alongside::ui {

class DateField;

// The facts of the IMCA check (MCA 2005 ss.37-39D; SI 2006/2883 regs 3-4): who there is to
// consult, and each trigger in prospect, opened only when it is. A trigger left closed is not
// in prospect.
class ImcaFactsForm : public QWidget {
    Q_OBJECT

public:
    explicit ImcaFactsForm(QWidget* parent = nullptr);

    core::ImcaSituation situation() const;
    void fill(const core::ImcaSituation& situation);

    QComboBox* familyOrFriends() const { return m_family; }
    QGroupBox* adultProtection() const { return m_protection; }
    QComboBox* protectionLacksCapacity() const { return m_protectionLacks; }
    QGroupBox* councilAccommodation() const { return m_council; }

signals:
    void changed();

private:
    QGroupBox* trigger(const QString& title, const QString& objectName);
    void watch(QWidget* field);

    QComboBox* m_family;
    QCheckBox* m_nominated;
    QCheckBox* m_attorney;
    QCheckBox* m_deputy;
    QGroupBox* m_treatment;
    QComboBox* m_treatmentLacks;
    QComboBox* m_treatmentUrgent;
    QComboBox* m_treatmentPart4;
    QGroupBox* m_nhs;
    QComboBox* m_nhsLacks;
    QComboBox* m_nhsSetting;
    QSpinBox* m_nhsDays;
    QComboBox* m_nhsUrgent;
    QComboBox* m_nhsMha;
    QGroupBox* m_council;
    QComboBox* m_councilLacks;
    QComboBox* m_councilBasis;
    QSpinBox* m_councilDays;
    QComboBox* m_councilUrgent;
    QComboBox* m_councilMha;
    QGroupBox* m_review;
    QComboBox* m_reviewLacks;
    DateField* m_reviewSince;
    DateField* m_reviewOn;
    QComboBox* m_reviewMha;
    QGroupBox* m_protection;
    QComboBox* m_protectionLacks;
    QComboBox* m_allegation;
    QGroupBox* m_dols;
    QComboBox* m_dolsStage;
    QComboBox* m_representative;
    QCheckBox* m_representativeEnded;
    QCheckBox* m_personAsks;
    QCheckBox* m_representativeAsks;
    QComboBox* m_rightsAtRisk;
};

} // namespace alongside::ui
