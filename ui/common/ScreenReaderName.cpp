#include "common/ScreenReaderName.h"

#include <QLabel>

namespace alongside::ui {

QLabel* nameForScreenReaders(QWidget* field, const QString& name)
{
    auto* label = new QLabel(name, field->parentWidget());
    label->setObjectName(QStringLiteral("screenReaderName"));
    label->setTextFormat(Qt::PlainText); // no "&" is read as an accelerator
    label->setBuddy(field);
    label->hide();
    return label;
}

} // namespace alongside::ui
