#include "common/WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace alongside::ui {

namespace {

// Controls whose value a wheel tick changes. Scroll bars move the page, which is what the
// wheel is for, so they are left alone.
bool changesValueOnWheel(const QObject* object)
{
    if (qobject_cast<const QComboBox*>(object) || qobject_cast<const QAbstractSpinBox*>(object))
        return true;
    return qobject_cast<const QAbstractSlider*>(object) && !qobject_cast<const QScrollBar*>(object);
}

} // namespace

WheelGuard::WheelGuard(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("wheelGuard"));
}

void WheelGuard::installOnApplication()
{
    QCoreApplication* application = QCoreApplication::instance();
    if (!application || application->findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(new WheelGuard(application));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (!changesValueOnWheel(watched))
        return false;
    auto* control = static_cast<QWidget*>(watched);
    if (event->type() == QEvent::Polish) {
        // Qt gives drop-downs and spin boxes "wheel focus": a real wheel tick (from the window
        // system, not a test's synthetic one) first moves the keyboard into the control under
        // the pointer and only then delivers the tick, so it would seem chosen and change.
        // Clicking and tabbing still put the keyboard there.
        if ((control->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            control->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    if (control->hasFocus())
        return false; // clicked or tabbed into: the wheel is the person's choice now
    // Swallowed here but left unaccepted, so QApplication offers it to the parent next and
    // the scroll area around the control scrolls, as the person meant.
    event->ignore();
    return true;
}

} // namespace alongside::ui
