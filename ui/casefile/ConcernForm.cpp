#include "casefile/ConcernForm.h"

#include "casefile/SacLabelChecks.h"
#include "common/AnswerLabels.h"
#include "common/DateField.h"
#include "common/DateTimeField.h"
#include "model/SacCategories.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

QComboBox* yesNoChoice(QWidget* parent, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    fillAnswers(combo, {core::YesNoUnknown::NotKnown, core::YesNoUnknown::Yes, core::YesNoUnknown::No});
    return combo;
}

} // namespace

ConcernForm::ConcernForm(Extent extent, const QDate& today, QWidget* parent)
    : QWidget(parent),
      m_receivedOn(new DateField(DateDirection::Past, this)),
      m_timeKnown(new QCheckBox(tr("At a known &time"), this)),
      m_receivedTime(new DateTimeField(QStringLiteral("HH:mm"), this)),
      m_raisedByRole(new QComboBox(this)),
      m_raisedByName(new QLineEdit(this)),
      m_whatWasReported(new QPlainTextEdit(this)),
      m_riskTypes(new SacLabelChecks(tr("Type of risk"), core::sac::riskTypes(), 2, this))
{
    setObjectName(QStringLiteral("concernForm"));
    m_riskTypes->setObjectName(QStringLiteral("riskTypes"));
    m_receivedOn->setObjectName(QStringLiteral("concernReceivedOn"));
    m_receivedOn->setAccessibleName(tr("Date the concern was received"));
    m_receivedOn->setDate(today);
    m_receivedOn->setRange(QDate(), today);
    m_timeKnown->setAccessibleName(tr("The time it was received is known"));
    m_receivedTime->setAccessibleName(tr("Time the concern was received"));
    m_receivedTime->setEnabled(false);
    connect(m_timeKnown, &QCheckBox::toggled, m_receivedTime, &QWidget::setEnabled);
    m_raisedByRole->setObjectName(QStringLiteral("raisedByRole"));
    m_raisedByRole->setAccessibleName(tr("Who raised it: their role"));
    m_raisedByRole->setEditable(true);
    m_raisedByRole->addItems({QString(), tr("Home care worker"), tr("Care home staff"), tr("GP"),
                              tr("Practice nurse"), tr("Hospital staff"), tr("Police"), tr("Family member"),
                              tr("Neighbour"), tr("The person themselves"), tr("Other")});
    m_raisedByName->setObjectName(QStringLiteral("raisedByName"));
    m_raisedByName->setAccessibleName(tr("Who raised it: their name"));
    m_raisedByName->setPlaceholderText(tr("Optional"));
    m_whatWasReported->setObjectName(QStringLiteral("whatWasReported"));
    m_whatWasReported->setAccessibleName(tr("What was reported"));
    m_whatWasReported->setTabChangesFocus(true);
    m_whatWasReported->setMinimumHeight(m_whatWasReported->fontMetrics().height() * 4);

    auto* when = new QHBoxLayout;
    when->addWidget(m_receivedOn);
    when->addWidget(m_timeKnown);
    when->addWidget(m_receivedTime);
    when->addStretch(1);

    auto* form = new QFormLayout;
    auto* receivedLabel = new QLabel(tr("&Received"), this);
    receivedLabel->setBuddy(m_receivedOn);
    form->addRow(receivedLabel, when);
    form->addRow(tr("Raised &by (role)"), m_raisedByRole);
    form->addRow(tr("Their &name"), m_raisedByName);
    form->addRow(tr("&What was reported"), m_whatWasReported);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_riskTypes);
    if (extent == Extent::Full) {
        m_locations = new SacLabelChecks(tr("Location of risk (all that apply)"), core::sac::riskLocations(), 3,
                                         this);
        m_locations->setObjectName(QStringLiteral("locationsOfRisk"));
        m_sources = new SacLabelChecks(tr("Source of risk (all that apply)"), core::sac::riskSources(), 3, this);
        m_sources->setObjectName(QStringLiteral("sourcesOfRisk"));
        m_sources->setToolTip(tr("“Service Provider” means paid or commissioned care providers; council, NHS "
                                 "and GP assessment staff count as “Other”."));
        m_personKnows = yesNoChoice(this, tr("Does the person know the concern was raised?"));
        m_personsView = new QLineEdit(this);
        m_personsView->setAccessibleName(tr("What they think of it"));
        m_personsView->setPlaceholderText(tr("In their words, where possible"));
        m_childrenAtRisk = yesNoChoice(this, tr("Are children at risk?"));
        m_otherAdultsAtRisk = yesNoChoice(this, tr("Are other adults at risk?"));
        layout->addWidget(m_locations);
        layout->addWidget(m_sources);
        auto* more = new QFormLayout;
        more->addRow(tr("Does the person &know?"), m_personKnows);
        more->addRow(tr("What they th&ink of it"), m_personsView);
        more->addRow(tr("&Children at risk?"), m_childrenAtRisk);
        more->addRow(tr("&Other adults at risk?"), m_otherAdultsAtRisk);
        layout->addLayout(more);
    }
}

void ConcernForm::setConcern(const core::Concern& concern)
{
    m_concern = concern;
    if (concern.receivedOn.isValid())
        m_receivedOn->setDate(concern.receivedOn);
    m_timeKnown->setChecked(concern.receivedTime.isValid());
    if (concern.receivedTime.isValid())
        m_receivedTime->setTime(concern.receivedTime);
    m_raisedByRole->setCurrentText(concern.raisedByRole);
    m_raisedByName->setText(concern.raisedByName);
    m_whatWasReported->setPlainText(concern.whatWasReported);
    m_riskTypes->choose(concern.riskTypes);
    if (!m_locations)
        return;
    m_locations->choose(concern.locationsOfRisk);
    m_sources->choose(concern.sourcesOfRisk);
    chooseAnswer(m_personKnows, concern.personKnows);
    m_personsView->setText(concern.personsView);
    chooseAnswer(m_childrenAtRisk, concern.childrenAtRisk);
    chooseAnswer(m_otherAdultsAtRisk, concern.otherAdultsAtRisk);
}

core::Concern ConcernForm::concern() const
{
    core::Concern concern = m_concern;
    concern.receivedOn = m_receivedOn->date();
    concern.receivedTime = m_timeKnown->isChecked() ? m_receivedTime->time() : QTime();
    concern.raisedByRole = m_raisedByRole->currentText().trimmed();
    concern.raisedByName = m_raisedByName->text().trimmed();
    concern.whatWasReported = m_whatWasReported->toPlainText().trimmed();
    concern.riskTypes = m_riskTypes->chosen();
    if (!m_locations)
        return concern;
    concern.locationsOfRisk = m_locations->chosen();
    concern.sourcesOfRisk = m_sources->chosen();
    concern.personKnows = chosenAnswer<core::YesNoUnknown>(m_personKnows);
    concern.personsView = m_personsView->text().trimmed();
    concern.childrenAtRisk = chosenAnswer<core::YesNoUnknown>(m_childrenAtRisk);
    concern.otherAdultsAtRisk = chosenAnswer<core::YesNoUnknown>(m_otherAdultsAtRisk);
    return concern;
}

} // namespace alongside::ui
