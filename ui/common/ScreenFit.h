#pragma once

#include <QSize>

class QWidget;

namespace alongside::ui {

// The smallest screen Alongside is made for: a council laptop, 1366×768, with a taskbar.
// Every window and dialog must fit it whole, scrolling inside with its buttons on screen.
inline constexpr QSize kLaptopScreen(1366, 768);
inline constexpr int kTaskbarHeight = 40;
// What a window manager adds around a window: a title bar and thin borders.
inline constexpr QSize kWindowFrame(12, 40);

// The most a window's own area can take on that laptop.
inline constexpr QSize kLaptopWindowRoom(kLaptopScreen.width() - kWindowFrame.width(),
                                         kLaptopScreen.height() - kTaskbarHeight - kWindowFrame.height());

// Sizes a top-level window to `preferred`, or to less where its screen is smaller, so a
// window opened on a laptop never reaches under the taskbar with its buttons out of sight.
void fitToScreen(QWidget* window, const QSize& preferred);

} // namespace alongside::ui
