#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace alongside::ui {

// Names `field` to screen readers by a label that is never shown. Qt 6.4 on Linux names a
// drop-down only through a label beside it (same parent widget) whose buddy it is: its
// accessible name is ignored and its current value read out instead ("Not known yet"). A
// drop-down inside a composite field, whose row label belongs to the composite, needs this.
QLabel* nameForScreenReaders(QWidget* field, const QString& name);

} // namespace alongside::ui
