#include "storage/server/ServerConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace alongside::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("alongside::core::ServerConnection", text);
}

// QPSQL passes its connect options to libpq as "keyword=value" pairs; a value with spaces or
// quotes is quoted the libpq way.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool run(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().databaseText();
    return false;
}

} // namespace

QSqlDatabase openServerConnection(const ServerLocation& location, const QString& connectionName,
                                  QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("Qt's PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    QStringList options;
    for (const auto& [keyword, value] : location.options)
        options << keyword + QLatin1Char('=') + quoted(value);
    options << QStringLiteral("application_name=alongside");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = tr("Could not connect to %1: %2")
                     .arg(location.described(), db.lastError().databaseText().trimmed());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    // The session's zone is this computer's, so "2026-03-02T10:05:00" is read as the local time
    // it was on both backends, and a timestamptz comes back in local time.
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    QString problem;
    if (!run(db, QStringLiteral("SET search_path TO alongside, pg_catalog"), &problem)
        || (!zone.isEmpty() && !run(db, QStringLiteral("SET TIME ZONE %1").arg(quoted(zone)), &problem))) {
        *error =
            tr("Connected to %1, but could not set the session up: %2").arg(location.described(), problem);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    return db;
}

void closeServerConnection(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace alongside::core
