#include "lock/DBusSessionSignals.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace alongside::ui {

namespace {
const QString kLogindService = QStringLiteral("org.freedesktop.login1");
const QString kLogindPath = QStringLiteral("/org/freedesktop/login1");
const QString kLogindManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLogindSession = QStringLiteral("org.freedesktop.login1.Session");
} // namespace

DBusSessionSignals::DBusSessionSignals(QObject* parent) : QObject(parent)
{
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        system.connect(kLogindService, kLogindPath, kLogindManager, QStringLiteral("PrepareForSleep"), this,
                       SLOT(prepareForSleep(bool)));
        watchOwnLogindSession();
    }
    // Any sender and path: KDE, GNOME and others publish these interfaces at different paths.
    // A spoofed signal could only lock the store, which is safe.
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const QString& interface :
             {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")})
            session.connect(QString(), QString(), interface, QStringLiteral("ActiveChanged"), this,
                            SLOT(screenSaverActiveChanged(bool)));
    }
}

void DBusSessionSignals::watchOwnLogindSession()
{
    // Lock is sent on each session's own object, so find ours rather than hear every user's.
    QDBusMessage request = QDBusMessage::createMethodCall(kLogindService, kLogindPath, kLogindManager,
                                                          QStringLiteral("GetSessionByPID"));
    request << static_cast<uint>(QCoreApplication::applicationPid());
    auto* call = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(request), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, &DBusSessionSignals::ownSessionFound);
}

void DBusSessionSignals::ownSessionFound(QDBusPendingCallWatcher* call)
{
    const QDBusPendingReply<QDBusObjectPath> reply = *call;
    call->deleteLater();
    if (reply.isError())
        return; // not in a logind session (a container, an ssh login): nothing to watch
    QDBusConnection::systemBus().connect(kLogindService, reply.value().path(), kLogindSession,
                                         QStringLiteral("Lock"), this, SLOT(sessionLocked()));
}

void DBusSessionSignals::prepareForSleep(bool starting)
{
    if (starting)
        emit lockRequested();
}

void DBusSessionSignals::sessionLocked()
{
    emit lockRequested();
}

void DBusSessionSignals::screenSaverActiveChanged(bool active)
{
    if (active)
        emit lockRequested();
}

} // namespace alongside::ui
