#pragma once

#include <QCoreApplication>
#include <QWheelEvent>
#include <QWidget>
#include <QWindow>

namespace alongside::test {

// One notch of a mouse wheel with the pointer over the middle of `widget`, delivered to its
// window as the platform delivers it, so the window finds the control under the pointer.
// `notches` > 0 rolls away from the person (up), < 0 towards them (down).
inline void wheelOver(QWidget* widget, int notches)
{
    QWidget* window = widget->window();
    const QPoint centre = widget->rect().center();
    QWheelEvent wheel(QPointF(widget->mapTo(window, centre)), QPointF(widget->mapToGlobal(centre)), QPoint(),
                      QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(window->windowHandle(), &wheel);
    QCoreApplication::processEvents();
}

} // namespace alongside::test
