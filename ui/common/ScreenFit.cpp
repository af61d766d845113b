#include "common/ScreenFit.h"

#include <QScreen>
#include <QWidget>

namespace alongside::ui {

void fitToScreen(QWidget* window, const QSize& preferred)
{
    const QWidget* placedBy = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen* screen = placedBy->screen();
    // The screen's free area already leaves out the taskbar; the window manager's frame is ours.
    const QSize room = screen ? screen->availableGeometry().size() - kWindowFrame : kLaptopWindowRoom;
    window->resize(preferred.boundedTo(room));
}

} // namespace alongside::ui
