#include "advocacy/IndividualEditor.h"

#include "advocacy/FactFields.h"
#include "common/AnswerLabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace alongside::ui {

IndividualEditor::IndividualEditor(QWidget* parent)
    : QFrame(parent),
      m_name(new QLineEdit(this)),
      m_relationship(new QLineEdit(this)),
      m_suitable(yesNoField(tr("Able and willing to represent and support them?"), this)),
      m_paid(yesNoField(tr("Cares for them professionally or for pay?"), this)),
      m_implicated(yesNoField(tr("Implicated in the concern?"), this)),
      m_capacity(yesNoField(tr("Does the person have capacity to agree to them?"), this)),
      m_consents(yesNoField(tr("Does the person agree to them?"), this)),
      m_bestInterests(yesNoField(tr("If not, in the person's best interests?"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("individualEditor"));
    setFrameShape(QFrame::StyledPanel);
    m_name->setObjectName(QStringLiteral("individualName"));
    m_name->setAccessibleName(tr("Name of the person considered"));
    m_name->setPlaceholderText(tr("Name"));
    m_relationship->setObjectName(QStringLiteral("individualRelationship"));
    m_relationship->setAccessibleName(tr("Relationship"));
    m_relationship->setPlaceholderText(tr("Relationship — for example: daughter"));
    m_implicated->setObjectName(QStringLiteral("individualImplicated"));
    m_suitable->setObjectName(QStringLiteral("individualSuitable"));
    m_paid->setObjectName(QStringLiteral("individualPaid"));
    m_consents->setObjectName(QStringLiteral("individualConsents"));
    m_remove->setAccessibleName(tr("Remove this person from the check"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(10, 6, 10, 6);
    auto* who = new QHBoxLayout;
    who->addWidget(m_name, 2);
    who->addWidget(m_relationship, 2);
    who->addWidget(m_remove);
    form->addRow(tr("Who"), who);
    const std::pair<QString, QComboBox*> rows[] = {
        {tr("Able and willing to support them?"), m_suitable},
        {tr("Paid or professional carer?"), m_paid},
        {tr("Implicated in the concern?"), m_implicated},
        {tr("Person has capacity to agree to them?"), m_capacity},
        {tr("Person agrees to them?"), m_consents},
        {tr("Without capacity: in their best interests?"), m_bestInterests}};
    for (const auto& [text, combo] : rows) {
        auto* label = new QLabel(text, this);
        label->setBuddy(combo);
        form->addRow(label, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &IndividualEditor::changed);
    }
    connect(m_name, &QLineEdit::textEdited, this, &IndividualEditor::changed);
    connect(m_relationship, &QLineEdit::textEdited, this, &IndividualEditor::changed);
    connect(m_remove, &QPushButton::clicked, this, &IndividualEditor::removeRequested);
}

core::AppropriateIndividual IndividualEditor::individual() const
{
    core::AppropriateIndividual individual;
    individual.name = m_name->text().trimmed();
    individual.relationship = m_relationship->text().trimmed();
    individual.suitable = chosenAnswer<core::YesNoUnknown>(m_suitable);
    individual.paidOrProfessional = chosenAnswer<core::YesNoUnknown>(m_paid);
    individual.implicated = chosenAnswer<core::YesNoUnknown>(m_implicated);
    individual.capacityToConsent = chosenAnswer<core::YesNoUnknown>(m_capacity);
    individual.consents = chosenAnswer<core::YesNoUnknown>(m_consents);
    individual.inBestInterests = chosenAnswer<core::YesNoUnknown>(m_bestInterests);
    return individual;
}

void IndividualEditor::fill(const core::AppropriateIndividual& individual)
{
    const QSignalBlocker blocker(this);
    m_name->setText(individual.name);
    m_relationship->setText(individual.relationship);
    chooseAnswer(m_suitable, individual.suitable);
    chooseAnswer(m_paid, individual.paidOrProfessional);
    chooseAnswer(m_implicated, individual.implicated);
    chooseAnswer(m_capacity, individual.capacityToConsent);
    chooseAnswer(m_consents, individual.consents);
    chooseAnswer(m_bestInterests, individual.inBestInterests);
}

} // namespace alongside::ui
