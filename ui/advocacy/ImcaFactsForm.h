#pragma once

#include "model/ImcaSituation.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace alongside::ui {

class DateField;
class ParticularBenefitField;

// The facts of the IMCA check (MCA 2005 ss.37-40; SI 2006/2883 regs 3-5): who there is to
// consult, and each trigger in prospect, opened only when it is. A trigger left closed is not
// in prospect. Nominees, attorneys and deputies come from the person's page, not from here.
class ImcaFactsForm : public QWidget {
    Q_OBJECT

public:
    explicit ImcaFactsForm(QWidget* parent = nullptr);

    core::ImcaSituation situation() const;
    void fill(const core::ImcaSituation& situation);
    // The person's nominees, attorneys and deputies with what each covers (MCA 2005 s.40(1)).
    void setRepresentatives(const std::vector<core::AuthorisedRepresentative>& representatives);

    QComboBox* familyOrFriends() const { return m_family; }
    QLabel* representativesSummary() const { return m_representativesSummary; }
    QGroupBox* seriousMedicalTreatment() const { return m_treatment; }
    QComboBox* familyImplicated() const { return m_familyImplicated; }
    ParticularBenefitField* protectionBenefit() const { return m_protectionBenefit; }
    QGroupBox* adultProtection() const { return m_protection; }
    QComboBox* protectionLacksCapacity() const { return m_protectionLacks; }
    QGroupBox* councilAccommodation() const { return m_council; }

signals:
    void changed();

private:
    QGroupBox* trigger(const QString& title, const QString& objectName);
    void watch(QWidget* field);

    QComboBox* m_family;
    QLabel* m_representativesSummary;
    std::vector<core::AuthorisedRepresentative> m_representatives;
    QGroupBox* m_treatment;
    QComboBox* m_treatmentNhs;
    QComboBox* m_treatmentLacks;
    QComboBox* m_treatmentUrgent;
    QComboBox* m_treatmentPart4;
    QGroupBox* m_nhs;
    QComboBox* m_nhsLacks;
    QComboBox* m_nhsSetting;
    QSpinBox* m_nhsDays;
    QComboBox* m_nhsUrgent;
    QComboBox* m_nhsMha;
    QComboBox* m_nhsDolsPlace;
    QCheckBox* m_nhsMade;
    DateField* m_nhsMadeOn;
    QGroupBox* m_council;
    QComboBox* m_councilLacks;
    QComboBox* m_councilBasis;
    QSpinBox* m_councilDays;
    QComboBox* m_councilUrgent;
    QComboBox* m_councilMha;
    QComboBox* m_councilDolsPlace;
    QCheckBox* m_councilMade;
    DateField* m_councilMadeOn;
    QGroupBox* m_review;
    QComboBox* m_reviewLacks;
    DateField* m_reviewSince;
    DateField* m_reviewOn;
    QComboBox* m_reviewMha;
    ParticularBenefitField* m_reviewBenefit;
    QGroupBox* m_protection;
    QComboBox* m_protectionLacks;
    QComboBox* m_allegation;
    QComboBox* m_familyImplicated;
    ParticularBenefitField* m_protectionBenefit;
    QGroupBox* m_dols;
    QComboBox* m_dolsStage;
    QComboBox* m_representative;
    QCheckBox* m_representativeEnded;
    QCheckBox* m_personAsks;
    QCheckBox* m_representativeAsks;
    QComboBox* m_rightsAtRisk;
};

} // namespace alongside::ui
