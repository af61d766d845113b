#pragma once

#include <QObject>

class QDBusPendingCallWatcher;

namespace alongside::ui {

// Linux only: listens on the system bus (logind) and the session bus (screen savers) for the
// moments the store should lock. Missing buses or services are not errors: the listeners
// simply never fire, and idle and manual lock still work.
class DBusSessionSignals : public QObject {
    Q_OBJECT

public:
    explicit DBusSessionSignals(QObject* parent = nullptr);

signals:
    void lockRequested();

private slots:
    // Slots, not lambdas: QtDBus connects remote signals by slot signature only.
    void prepareForSleep(bool starting);
    void sessionLocked();
    void screenSaverActiveChanged(bool active);

private:
    void watchOwnLogindSession();
    void ownSessionFound(QDBusPendingCallWatcher* call);
};

} // namespace alongside::ui
