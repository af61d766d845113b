#include "advocacy/ParticularBenefitField.h"

#include "common/ScreenReaderName.h"

#include "advocacy/FactFields.h"
#include "common/AnswerLabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace alongside::ui {

ParticularBenefitField::ParticularBenefitField(const QString& which, QWidget* parent)
    : QWidget(parent),
      m_satisfied(yesNoField(tr("Satisfied an IMCA would be of particular benefit (%1)?").arg(which), this)),
      m_why(new QLineEdit(this))
{
    nameForScreenReaders(m_satisfied, m_satisfied->accessibleName());
    m_why->setAccessibleName(tr("Why an IMCA would, or would not, be of particular benefit (%1)").arg(which));
    m_why->setPlaceholderText(tr("Why"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_satisfied);
    row->addWidget(m_why, 1);
    connect(m_satisfied, &QComboBox::currentIndexChanged, this, &ParticularBenefitField::changed);
    connect(m_why, &QLineEdit::textEdited, this, &ParticularBenefitField::changed);
}

core::ParticularBenefit ParticularBenefitField::value() const
{
    return {chosenAnswer<core::YesNoUnknown>(m_satisfied), m_why->text()};
}

void ParticularBenefitField::setValue(const core::ParticularBenefit& benefit)
{
    const QSignalBlocker blocker(this);
    chooseAnswer(m_satisfied, benefit.satisfied);
    m_why->setText(benefit.why);
}

} // namespace alongside::ui
