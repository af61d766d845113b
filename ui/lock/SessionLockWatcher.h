#pragma once

#include <QObject>

#include <memory>

class QWidget;

namespace alongside::ui {

class WindowsSessionEvents;

// Asks for the store to lock when the computer is about to sleep or the screen locks, so a
// laptop closed in a hurry never wakes up showing a caseload.
//   Linux: logind's PrepareForSleep and this session's Lock over D-Bus, and the
//          freedesktop/GNOME screen savers' ActiveChanged.
//   Windows: WM_POWERBROADCAST (PBT_APMSUSPEND) and WM_WTSSESSION_CHANGE (WTS_SESSION_LOCK).
//   macOS: not yet (would need NSWorkspace notifications); idle and manual lock still work.
class SessionLockWatcher : public QObject {
    Q_OBJECT

public:
    explicit SessionLockWatcher(QWidget* window);
    ~SessionLockWatcher() override;

signals:
    void lockRequested();

private:
#ifdef Q_OS_WIN
    std::unique_ptr<WindowsSessionEvents> m_windowsEvents;
#endif
};

} // namespace alongside::ui
