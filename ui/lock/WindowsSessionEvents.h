#pragma once

#include <QAbstractNativeEventFilter>

#include <functional>

class QWidget;

namespace alongside::ui {

// Windows only: the window messages that mean "about to sleep" and "this session is being
// locked". WTS notifications are only sent to windows that register for them.
class WindowsSessionEvents : public QAbstractNativeEventFilter {
public:
    WindowsSessionEvents(QWidget* window, std::function<void()> lockNow);
    ~WindowsSessionEvents() override;
    WindowsSessionEvents(const WindowsSessionEvents&) = delete;
    WindowsSessionEvents& operator=(const WindowsSessionEvents&) = delete;

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override;

private:
    void* m_window = nullptr; // HWND, kept opaque so this header needs no <windows.h>
    std::function<void()> m_lockNow;
};

} // namespace alongside::ui
