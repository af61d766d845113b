#pragma once

#include <QCoreApplication>
#include <QWheelEvent>
#include <QWidget>
#include <QWindow>

namespace alongside::test {

// One notch of a mouse wheel with the pointer over the middle of `widget`, delivered to its
// window as the platform delivers it, so the window finds the control under the pointer.
// `notches` > 0 rolls away from the person (up), < 0 towards them (down).
//
// A real tick from the window system first gives the keyboard to the control under the pointer
// if its focus policy includes Qt::WheelFocus (QApplication does this for spontaneous wheel
// events only, which a test cannot send), so that is done here too: otherwise a guard that
// trusts "has the keyboard" passes here and fails under X11, as it once did.
inline void wheelOver(QWidget* widget, int notches)
{
    QWidget* window = widget->window();
    const QPoint centre = widget->rect().center();
    for (QWidget* taker = widget; taker && taker != window; taker = taker->parentWidget())
        if (taker->isEnabled() && (taker->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus) {
            taker->setFocus(Qt::MouseFocusReason);
            break;
        }
    QWheelEvent wheel(QPointF(widget->mapTo(window, centre)), QPointF(widget->mapToGlobal(centre)), QPoint(),
                      QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(window->windowHandle(), &wheel);
    QCoreApplication::processEvents();
}

} // namespace alongside::test
