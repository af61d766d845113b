#include "advocacy/FactFields.h"

#include "common/AnswerLabels.h"

#include <QComboBox>
#include <QSpinBox>

namespace alongside::ui {

QComboBox* yesNoField(const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    fillAnswers(combo, {core::YesNoUnknown::NotKnown, core::YesNoUnknown::Yes, core::YesNoUnknown::No});
    return combo;
}

QSpinBox* daysField(const QString& accessibleName, QWidget* parent)
{
    auto* field = new QSpinBox(parent);
    field->setAccessibleName(accessibleName);
    field->setRange(0, 3650);
    field->setSpecialValueText(QSpinBox::tr("Not known"));
    field->setSuffix(QSpinBox::tr(" days"));
    return field;
}

std::optional<int> daysOf(const QSpinBox* field)
{
    return field->value() > 0 ? std::optional<int>(field->value()) : std::nullopt;
}

void setDays(QSpinBox* field, std::optional<int> days)
{
    field->setValue(days.value_or(0));
}

} // namespace alongside::ui
