#pragma once

#include "model/Answers.h"

#include <QString>

#include <optional>

class QComboBox;
class QSpinBox;
class QWidget;

namespace alongside::ui {

// Small fields the advocacy and IMCA facts are made of, each named for screen readers.
// A yes / no / not known answer, starting at "not known".
QComboBox* yesNoField(const QString& accessibleName, QWidget* parent);
// A likely length of stay in days; 0 shows "Not known".
QSpinBox* daysField(const QString& accessibleName, QWidget* parent);
std::optional<int> daysOf(const QSpinBox* field);
void setDays(QSpinBox* field, std::optional<int> days);

} // namespace alongside::ui
