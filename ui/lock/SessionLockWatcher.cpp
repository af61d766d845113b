#include "lock/SessionLockWatcher.h"

#include <QWidget>

#ifdef ALONGSIDE_HAVE_DBUS
#include "lock/DBusSessionSignals.h"
#endif
#ifdef Q_OS_WIN
#include "lock/WindowsSessionEvents.h"
#endif

namespace alongside::ui {

SessionLockWatcher::SessionLockWatcher(QWidget* window) : QObject(window)
{
#ifdef ALONGSIDE_HAVE_DBUS
    auto* dbus = new DBusSessionSignals(this);
    connect(dbus, &DBusSessionSignals::lockRequested, this, &SessionLockWatcher::lockRequested);
#endif
#ifdef Q_OS_WIN
    m_windowsEvents = std::make_unique<WindowsSessionEvents>(window, [this] { emit lockRequested(); });
#endif
    Q_UNUSED(window);
}

SessionLockWatcher::~SessionLockWatcher() = default;

} // namespace alongside::ui
