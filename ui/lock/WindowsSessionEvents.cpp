#include "lock/WindowsSessionEvents.h"

#include <QCoreApplication>
#include <QWidget>

#include <windows.h>
#include <wtsapi32.h>

namespace alongside::ui {

WindowsSessionEvents::WindowsSessionEvents(QWidget* window, std::function<void()> lockNow)
    : m_lockNow(std::move(lockNow))
{
    // winId() creates the native window if it does not exist yet; it lives as long as `window`.
    HWND hwnd = reinterpret_cast<HWND>(window->winId());
    if (WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))
        m_window = hwnd;
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WindowsSessionEvents::~WindowsSessionEvents()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
    if (m_window)
        WTSUnRegisterSessionNotification(static_cast<HWND>(m_window));
}

bool WindowsSessionEvents::nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result)
{
    Q_UNUSED(result);
    if (eventType != "windows_generic_MSG")
        return false;
    const MSG* msg = static_cast<const MSG*>(message);
    const bool suspending = msg->message == WM_POWERBROADCAST && msg->wParam == PBT_APMSUSPEND;
    const bool sessionLocking = msg->message == WM_WTSSESSION_CHANGE && msg->wParam == WTS_SESSION_LOCK;
    if (suspending || sessionLocking)
        m_lockNow();
    return false; // let Qt and Windows carry on as normal
}

} // namespace alongside::ui
