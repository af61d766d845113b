#include "advocacy/ImcaFactsForm.h"

#include "advocacy/FactFields.h"
#include "advocacy/ParticularBenefitField.h"
#include "capacity/LegalLabels.h"
#include "common/AnswerLabels.h"
#include "common/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {
template <typename Enum>
Enum chosen(const QComboBox* combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

template <typename Enum>
void choose(QComboBox* combo, Enum value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(static_cast<int>(value))));
}

QComboBox* settingField(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(QComboBox::tr("Hospital or care home"));
    combo->addItem(settingLabel(core::PlacementSetting::CareHome),
                   static_cast<int>(core::PlacementSetting::CareHome));
    combo->addItem(settingLabel(core::PlacementSetting::Hospital),
                   static_cast<int>(core::PlacementSetting::Hospital));
    return combo;
}

// "Already made on" for accommodation arranged without an IMCA: the tick says the arrangements
// are made, the date when (ss.38(4), 39(5) count the stay from its first day).
QWidget* madeOnRow(QCheckBox*& made, DateField*& on, const QString& which, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    made = new QCheckBox(QCheckBox::tr("Already made, without an IMCA, on"), row);
    made->setAccessibleName(
        QCheckBox::tr("The %1 arrangements are already made, without an IMCA").arg(which));
    on = new DateField(DateDirection::Past, row); // typed UK dates, as every date field
    on->setAccessibleName(QCheckBox::tr("Day the %1 stay began").arg(which));
    on->setEnabled(false);
    QObject::connect(made, &QCheckBox::toggled, on, &QWidget::setEnabled);
    layout->addWidget(made);
    layout->addWidget(on);
    layout->addStretch(1);
    return row;
}

QString representativesText(const std::vector<core::AuthorisedRepresentative>& representatives)
{
    if (representatives.empty())
        return ImcaFactsForm::tr("No nominee, attorney or deputy is recorded on the person's page.");
    QStringList lines;
    for (const core::AuthorisedRepresentative& representative : representatives) {
        QStringList matters;
        for (const core::AuthorityMatter matter : representative.covers)
            matters << authorityMatterLabel(matter).toLower();
        const QString who = representative.name.isEmpty()
            ? authorisedRoleLabel(representative.role)
            : ImcaFactsForm::tr("%1, %2").arg(representative.name,
                                              authorisedRoleLabel(representative.role).toLower());
        lines << (matters.isEmpty()
                      ? ImcaFactsForm::tr("%1: what it covers is not recorded").arg(who)
                      : ImcaFactsForm::tr("%1: %2").arg(who, matters.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

ImcaFactsForm::ImcaFactsForm(QWidget* parent)
    : QWidget(parent),
      m_family(yesNoField(tr("Family or friends appropriate to consult, not paid?"), this)),
      m_representativesSummary(new QLabel(this))
{
    setObjectName(QStringLiteral("imcaFactsForm"));
    m_family->setObjectName(QStringLiteral("imcaFamilyOrFriends"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* consult = new QFormLayout;
    consult->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* familyLabel = new QLabel(tr("Family or friends to consult (not paid)?"), this);
    familyLabel->setBuddy(m_family);
    consult->addRow(familyLabel, m_family);
    // One home for nominees, attorneys and deputies: the person's page, with what each covers
    // (MCA 2005 s.40(1)). Shown here so the practitioner sees what the check reads.
    m_representativesSummary->setObjectName(QStringLiteral("imcaRepresentatives"));
    m_representativesSummary->setWordWrap(true);
    m_representativesSummary->setTextInteractionFlags(Qt::TextSelectableByKeyboard
                                                      | Qt::TextSelectableByMouse);
    m_representativesSummary->setText(representativesText(m_representatives));
    consult->addRow(tr("Nominee, attorney, deputy:"), m_representativesSummary);
    layout->addLayout(consult);
    watch(m_family);

    layout->addWidget(new QLabel(tr("What is in prospect? Open each that applies."), this));

    // s.37
    m_treatment = trigger(tr("Serious medical treatment (s.37)"), QStringLiteral("imcaTreatment"));
    m_treatmentNhs = yesNoField(tr("Is an NHS body proposing the treatment?"), m_treatment);
    m_treatmentLacks = yesNoField(tr("Lacks capacity to consent to it?"), m_treatment);
    m_treatmentUrgent = yesNoField(tr("Urgent?"), m_treatment);
    m_treatmentPart4 = yesNoField(tr("Regulated by Mental Health Act Part 4?"), m_treatment);
    auto* treatment = new QFormLayout(m_treatment);
    treatment->addRow(tr("Proposed by an NHS body?"), m_treatmentNhs);
    treatment->addRow(tr("Lacks capacity to consent?"), m_treatmentLacks);
    treatment->addRow(tr("Urgent?"), m_treatmentUrgent);
    treatment->addRow(tr("Under MHA Part 4?"), m_treatmentPart4);

    // s.38
    m_nhs = trigger(tr("NHS-arranged hospital or care home (s.38)"), QStringLiteral("imcaNhsAccommodation"));
    m_nhsLacks = yesNoField(tr("Lacks capacity to agree to the NHS accommodation?"), m_nhs);
    m_nhsSetting = settingField(m_nhs);
    m_nhsDays = daysField(tr("How long the NHS accommodation is likely to last"), m_nhs);
    m_nhsUrgent = yesNoField(tr("Is the NHS move urgent?"), m_nhs);
    m_nhsMha = yesNoField(tr("Accommodated under a Mental Health Act obligation?"), m_nhs);
    m_nhsDolsPlace = yesNoField(tr("Is it the hospital or care home of a DoLS authorisation?"), m_nhs);
    QWidget* nhsMade = madeOnRow(m_nhsMade, m_nhsMadeOn, tr("NHS"), m_nhs);
    auto* nhs = new QFormLayout(m_nhs);
    nhs->addRow(tr("Lacks capacity to agree?"), m_nhsLacks);
    auto* nhsWhere = new QHBoxLayout;
    nhsWhere->addWidget(m_nhsSetting);
    nhsWhere->addWidget(m_nhsDays);
    nhsWhere->addStretch(1);
    nhs->addRow(tr("Where, how long"), nhsWhere);
    nhs->addRow(tr("Urgent?"), m_nhsUrgent);
    nhs->addRow(tr("Arrangements"), nhsMade);
    nhs->addRow(tr("Mental Health Act obligation?"), m_nhsMha);
    nhs->addRow(tr("Place of a DoLS authorisation?"), m_nhsDolsPlace);

    // s.39
    m_council = trigger(tr("Council-arranged residential accommodation (s.39)"),
                        QStringLiteral("imcaCouncilAccommodation"));
    m_councilLacks = yesNoField(tr("Lacks capacity to agree to the council accommodation?"), m_council);
    m_councilBasis = new QComboBox(m_council);
    m_councilBasis->setAccessibleName(tr("Arranged under"));
    m_councilBasis->addItem(tr("Care Act Part 1"), static_cast<int>(core::AccommodationBasis::CareActPart1));
    m_councilBasis->addItem(tr("Mental Health Act s.117"),
                            static_cast<int>(core::AccommodationBasis::MentalHealthActS117));
    m_councilBasis->addItem(tr("Some other way"), static_cast<int>(core::AccommodationBasis::Other));
    m_councilDays = daysField(tr("How long the council accommodation is likely to last"), m_council);
    m_councilUrgent = yesNoField(tr("Is the council move urgent?"), m_council);
    m_councilMha = yesNoField(tr("Council accommodation under a Mental Health Act obligation?"), m_council);
    m_councilDolsPlace = yesNoField(tr("Is the council placement the care home of a DoLS authorisation?"),
                                    m_council);
    QWidget* councilMade = madeOnRow(m_councilMade, m_councilMadeOn, tr("council"), m_council);
    auto* council = new QFormLayout(m_council);
    council->addRow(tr("Lacks capacity to agree?"), m_councilLacks);
    auto* councilHow = new QHBoxLayout;
    councilHow->addWidget(m_councilBasis);
    councilHow->addWidget(m_councilDays);
    councilHow->addStretch(1);
    council->addRow(tr("Under, how long"), councilHow);
    council->addRow(tr("Urgent?"), m_councilUrgent);
    council->addRow(tr("Arrangements"), councilMade);
    council->addRow(tr("Mental Health Act obligation?"), m_councilMha);
    council->addRow(tr("Place of a DoLS authorisation?"), m_councilDolsPlace);

    // SI 2006/2883 reg 3
    m_review = trigger(tr("A review of their accommodation (SI 2006/2883 reg 3)"),
                       QStringLiteral("imcaCareReview"));
    m_reviewLacks = yesNoField(tr("Lacks capacity to agree to the arrangements?"), m_review);
    m_reviewSince = new DateField(DateDirection::Past, m_review);
    m_reviewSince->setAccessibleName(tr("Accommodated since"));
    m_reviewOn = new DateField(DateDirection::Future, m_review);
    m_reviewOn->setAccessibleName(tr("Review on"));
    m_reviewMha = yesNoField(tr("Review: under a Mental Health Act obligation?"), m_review);
    auto* review = new QFormLayout(m_review);
    review->addRow(tr("Lacks capacity to agree?"), m_reviewLacks);
    auto* reviewDates = new QHBoxLayout;
    reviewDates->addWidget(m_reviewSince);
    reviewDates->addWidget(new QLabel(tr("review on"), m_review));
    reviewDates->addWidget(m_reviewOn);
    reviewDates->addStretch(1);
    review->addRow(tr("Accommodated since"), reviewDates);
    review->addRow(tr("Mental Health Act obligation?"), m_reviewMha);
    m_reviewBenefit = new ParticularBenefitField(tr("care review"), m_review);
    review->addRow(tr("Particular benefit?"), m_reviewBenefit);
    connect(m_reviewBenefit, &ParticularBenefitField::changed, this, &ImcaFactsForm::changed);

    // SI 2006/2883 reg 4
    m_protection = trigger(
        tr("Protective measures after an allegation of abuse or neglect (SI 2006/2883 reg 4)"),
        QStringLiteral("imcaAdultProtection"));
    m_protectionLacks = yesNoField(tr("Lacks capacity to agree to the protective measures?"), m_protection);
    m_protectionLacks->setObjectName(QStringLiteral("imcaProtectionLacksCapacity"));
    m_allegation = new QComboBox(m_protection);
    m_allegation->setAccessibleName(tr("The allegation"));
    m_allegation->addItem(tr("They are being abused or neglected"),
                          static_cast<int>(core::AllegationKind::AbusedOrNeglected));
    m_allegation->addItem(tr("They are abusing another"),
                          static_cast<int>(core::AllegationKind::AbusingAnother));
    m_familyImplicated = yesNoField(tr("Is a family member implicated in the allegation?"), m_protection);
    m_familyImplicated->setObjectName(QStringLiteral("imcaFamilyImplicated"));
    m_protectionBenefit = new ParticularBenefitField(tr("protective measures"), m_protection);
    m_protectionBenefit->setObjectName(QStringLiteral("imcaProtectionBenefit"));
    connect(m_protectionBenefit, &ParticularBenefitField::changed, this, &ImcaFactsForm::changed);
    auto* protection = new QFormLayout(m_protection);
    protection->addRow(tr("Lacks capacity to agree?"), m_protectionLacks);
    protection->addRow(tr("The allegation"), m_allegation);
    protection->addRow(tr("Family member implicated?"), m_familyImplicated);
    protection->addRow(tr("Particular benefit?"), m_protectionBenefit);

    // ss.39A, 39C, 39D
    m_dols = trigger(tr("Deprivation of Liberty Safeguards (ss.39A, 39C, 39D)"), QStringLiteral("imcaDols"));
    m_dolsStage = new QComboBox(m_dols);
    m_dolsStage->setAccessibleName(tr("DoLS stage"));
    m_dolsStage->addItem(tr("Authorisation requested"), static_cast<int>(core::DolsStage::Requested));
    m_dolsStage->addItem(tr("Standard authorisation in force"),
                         static_cast<int>(core::DolsStage::Authorised));
    m_representative = new QComboBox(m_dols);
    m_representative->setAccessibleName(tr("Their representative (RPR)"));
    m_representative->addItem(tr("None"), static_cast<int>(core::RepresentativeKind::None));
    m_representative->addItem(tr("Unpaid"), static_cast<int>(core::RepresentativeKind::Unpaid));
    m_representative->addItem(tr("Paid"), static_cast<int>(core::RepresentativeKind::Paid));
    m_representativeEnded = new QCheckBox(tr("The representative's appointment has ended"), m_dols);
    m_personAsks = new QCheckBox(tr("The person asks for an IMCA"), m_dols);
    m_representativeAsks = new QCheckBox(tr("The representative asks for an IMCA"), m_dols);
    m_rightsAtRisk = yesNoField(tr("Without an IMCA, would their rights go unused?"), m_dols);
    auto* dols = new QFormLayout(m_dols);
    dols->addRow(tr("Stage"), m_dolsStage);
    dols->addRow(tr("Representative"), m_representative);
    dols->addRow(m_representativeEnded);
    dols->addRow(m_personAsks);
    dols->addRow(m_representativeAsks);
    dols->addRow(tr("Rights would go unused?"), m_rightsAtRisk);

    for (QGroupBox* box : {m_treatment, m_nhs, m_council, m_review, m_protection, m_dols}) {
        layout->addWidget(box);
        for (QWidget* field : box->findChildren<QWidget*>())
            watch(field);
        for (QWidget* child : box->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
            child->setVisible(false);
        box->setFlat(true);
        box->layout()->setContentsMargins(QMargins());
        box->setMaximumHeight(box->fontMetrics().height() + 8);
    }
    m_reviewSince->setDate(QDate::currentDate().addMonths(-3));
    m_reviewOn->setDate(QDate::currentDate());
    m_nhsMadeOn->setDate(QDate::currentDate());
    m_councilMadeOn->setDate(QDate::currentDate());
}

void ImcaFactsForm::setRepresentatives(const std::vector<core::AuthorisedRepresentative>& representatives)
{
    m_representatives = representatives;
    m_representativesSummary->setText(representativesText(m_representatives));
    emit changed();
}

QGroupBox* ImcaFactsForm::trigger(const QString& title, const QString& objectName)
{
    auto* box = new QGroupBox(title, this);
    box->setObjectName(objectName);
    box->setCheckable(true);
    box->setChecked(false);
    box->setAccessibleName(title);
    // Closed: only the title shows, so the form stays short until something is in prospect.
    connect(box, &QGroupBox::toggled, this, [box](bool open) {
        box->setFlat(!open);
        // Closed, only the title remains: no empty frame where the questions would be.
        if (box->layout())
            box->layout()->setContentsMargins(open ? QMargins(9, 6, 9, 6) : QMargins());
        box->setMaximumHeight(open ? QWIDGETSIZE_MAX : box->fontMetrics().height() + 8);
        for (QWidget* child : box->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
            child->setVisible(open);
    });
    connect(box, &QGroupBox::toggled, this, &ImcaFactsForm::changed);
    return box;
}

void ImcaFactsForm::watch(QWidget* field)
{
    if (auto* combo = qobject_cast<QComboBox*>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, &ImcaFactsForm::changed);
    else if (auto* box = qobject_cast<QCheckBox*>(field))
        connect(box, &QCheckBox::toggled, this, &ImcaFactsForm::changed);
    else if (auto* days = qobject_cast<QSpinBox*>(field))
        connect(days, &QSpinBox::valueChanged, this, &ImcaFactsForm::changed);
    else if (auto* date = qobject_cast<DateField*>(field))
        connect(date, &DateField::dateChanged, this, &ImcaFactsForm::changed);
}

core::ImcaSituation ImcaFactsForm::situation() const
{
    core::ImcaSituation situation;
    situation.peopleToConsult.familyOrFriends = chosenAnswer<core::YesNoUnknown>(m_family);
    situation.peopleToConsult.representatives = m_representatives;
    if (m_treatment->isChecked()) {
        core::SeriousMedicalTreatment treatment;
        treatment.proposedByNhsBody = chosenAnswer<core::YesNoUnknown>(m_treatmentNhs);
        treatment.lacksCapacityToConsent = chosenAnswer<core::YesNoUnknown>(m_treatmentLacks);
        treatment.urgent = chosenAnswer<core::YesNoUnknown>(m_treatmentUrgent);
        treatment.mentalHealthActPart4 = chosenAnswer<core::YesNoUnknown>(m_treatmentPart4);
        situation.seriousMedicalTreatment = treatment;
    }
    if (m_nhs->isChecked()) {
        core::NhsAccommodation nhs;
        nhs.lacksCapacityToAgree = chosenAnswer<core::YesNoUnknown>(m_nhsLacks);
        nhs.setting = chosen<core::PlacementSetting>(m_nhsSetting);
        nhs.likelyDays = daysOf(m_nhsDays);
        nhs.urgent = chosenAnswer<core::YesNoUnknown>(m_nhsUrgent);
        nhs.arrangementsMadeOn = m_nhsMade->isChecked() ? m_nhsMadeOn->date() : QDate();
        nhs.mentalHealthActObligation = chosenAnswer<core::YesNoUnknown>(m_nhsMha);
        nhs.dolsRelevantPlace = chosenAnswer<core::YesNoUnknown>(m_nhsDolsPlace);
        situation.nhsAccommodation = nhs;
    }
    if (m_council->isChecked()) {
        core::CouncilAccommodation council;
        council.lacksCapacityToAgree = chosenAnswer<core::YesNoUnknown>(m_councilLacks);
        council.basis = chosen<core::AccommodationBasis>(m_councilBasis);
        council.likelyDays = daysOf(m_councilDays);
        council.urgent = chosenAnswer<core::YesNoUnknown>(m_councilUrgent);
        council.arrangementsMadeOn = m_councilMade->isChecked() ? m_councilMadeOn->date() : QDate();
        council.mentalHealthActObligation = chosenAnswer<core::YesNoUnknown>(m_councilMha);
        council.dolsRelevantPlace = chosenAnswer<core::YesNoUnknown>(m_councilDolsPlace);
        situation.councilAccommodation = council;
    }
    if (m_review->isChecked())
        situation.careReview = core::CareReview{
            chosenAnswer<core::YesNoUnknown>(m_reviewLacks), m_reviewSince->date(), m_reviewOn->date(),
            chosenAnswer<core::YesNoUnknown>(m_reviewMha), m_reviewBenefit->value()};
    if (m_protection->isChecked()) {
        core::AdultProtection protection;
        protection.lacksCapacityToAgreeToMeasures = chosenAnswer<core::YesNoUnknown>(m_protectionLacks);
        protection.allegation = chosen<core::AllegationKind>(m_allegation);
        protection.familyMemberImplicated = chosenAnswer<core::YesNoUnknown>(m_familyImplicated);
        protection.particularBenefit = m_protectionBenefit->value();
        situation.adultProtection = protection;
    }
    if (m_dols->isChecked())
        situation.dols = core::DolsFacts{
            chosen<core::DolsStage>(m_dolsStage), chosen<core::RepresentativeKind>(m_representative),
            m_representativeEnded->isChecked(),   m_personAsks->isChecked(),
            m_representativeAsks->isChecked(),    chosenAnswer<core::YesNoUnknown>(m_rightsAtRisk)};
    return situation;
}

void ImcaFactsForm::fill(const core::ImcaSituation& situation)
{
    const QSignalBlocker blocker(this);
    chooseAnswer(m_family, situation.peopleToConsult.familyOrFriends);
    m_treatment->setChecked(situation.seriousMedicalTreatment.has_value());
    if (const auto& facts = situation.seriousMedicalTreatment) {
        chooseAnswer(m_treatmentNhs, facts->proposedByNhsBody);
        chooseAnswer(m_treatmentLacks, facts->lacksCapacityToConsent);
        chooseAnswer(m_treatmentUrgent, facts->urgent);
        chooseAnswer(m_treatmentPart4, facts->mentalHealthActPart4);
    }
    m_nhs->setChecked(situation.nhsAccommodation.has_value());
    if (const auto& facts = situation.nhsAccommodation) {
        chooseAnswer(m_nhsLacks, facts->lacksCapacityToAgree);
        choose(m_nhsSetting, facts->setting);
        setDays(m_nhsDays, facts->likelyDays);
        chooseAnswer(m_nhsUrgent, facts->urgent);
        m_nhsMade->setChecked(facts->arrangementsMadeOn.isValid());
        if (facts->arrangementsMadeOn.isValid())
            m_nhsMadeOn->setDate(facts->arrangementsMadeOn);
        chooseAnswer(m_nhsMha, facts->mentalHealthActObligation);
        chooseAnswer(m_nhsDolsPlace, facts->dolsRelevantPlace);
    }
    m_council->setChecked(situation.councilAccommodation.has_value());
    if (const auto& facts = situation.councilAccommodation) {
        chooseAnswer(m_councilLacks, facts->lacksCapacityToAgree);
        choose(m_councilBasis, facts->basis);
        setDays(m_councilDays, facts->likelyDays);
        chooseAnswer(m_councilUrgent, facts->urgent);
        m_councilMade->setChecked(facts->arrangementsMadeOn.isValid());
        if (facts->arrangementsMadeOn.isValid())
            m_councilMadeOn->setDate(facts->arrangementsMadeOn);
        chooseAnswer(m_councilMha, facts->mentalHealthActObligation);
        chooseAnswer(m_councilDolsPlace, facts->dolsRelevantPlace);
    }
    m_review->setChecked(situation.careReview.has_value());
    if (const auto& facts = situation.careReview) {
        chooseAnswer(m_reviewLacks, facts->lacksCapacity);
        m_reviewSince->setDate(facts->accommodatedSince);
        m_reviewOn->setDate(facts->reviewOn);
        chooseAnswer(m_reviewMha, facts->mentalHealthActObligation);
        m_reviewBenefit->setValue(facts->particularBenefit);
    }
    m_protection->setChecked(situation.adultProtection.has_value());
    if (const auto& facts = situation.adultProtection) {
        chooseAnswer(m_protectionLacks, facts->lacksCapacityToAgreeToMeasures);
        choose(m_allegation, facts->allegation);
        chooseAnswer(m_familyImplicated, facts->familyMemberImplicated);
        m_protectionBenefit->setValue(facts->particularBenefit);
    }
    m_dols->setChecked(situation.dols.has_value());
    if (const auto& facts = situation.dols) {
        choose(m_dolsStage, facts->stage);
        choose(m_representative, facts->representative);
        m_representativeEnded->setChecked(facts->representativeAppointmentEnded);
        m_personAsks->setChecked(facts->personAsks);
        m_representativeAsks->setChecked(facts->representativeAsks);
        chooseAnswer(m_rightsAtRisk, facts->rightsAtRisk);
    }
}

} // namespace alongside::ui
