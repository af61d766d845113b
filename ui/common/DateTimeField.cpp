#include "common/DateTimeField.h"

namespace alongside::ui {

DateTimeField::DateTimeField(const QString& displayFormat, QWidget* parent) : QDateTimeEdit(parent)
{
    setDisplayFormat(displayFormat);
    setCalendarPopup(displayFormat.contains(u'y'));
}

bool DateTimeField::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

} // namespace alongside::ui
