#include "storage/server/ServerSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

ServerSchemaStep serverSchemaStep1CaseCore();

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("alongside::core::ServerSchema", text);
}

// "ALON" "SCHE": any constant will do, as long as every Alongside migration uses the same one.
constexpr qint64 kMigrationLock = 0x414C4F4E53434845LL;

struct Refused {
    QString message;
};

void run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw Refused{query.lastError().databaseText().trimmed() + QStringLiteral("\n  in: ")
                      + sql.left(200)};
}

int readVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('alongside.schema_version') IS NOT NULL"))
        || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM alongside.schema_version"))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

std::vector<ServerSchemaStep> serverSchemaSteps()
{
    return {serverSchemaStep1CaseCore()};
}

int latestServerSchemaVersion()
{
    return serverSchemaSteps().back().version;
}

qint64 serverMigrationLockKey()
{
    return kMigrationLock;
}

QString migrateServer(QSqlDatabase db)
{
    if (!db.transaction())
        return tr("Could not begin the migration: %1").arg(db.lastError().databaseText());
    try {
        // "already exists, skipping" is not news to the person running the migration.
        run(db, QStringLiteral("SET LOCAL client_min_messages = warning"));
        // Held until commit or rollback: a second `db migrate` waits here, then finds the work done.
        run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock));
        run(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS alongside"));
        run(db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS alongside.schema_version ("
                           " version integer PRIMARY KEY,"
                           " description text NOT NULL,"
                           " applied_at timestamptz NOT NULL DEFAULT now(),"
                           " applied_by name NOT NULL DEFAULT session_user)"));
        const int current = readVersion(db);
        if (current < 0)
            throw Refused{tr("Could not read the database's schema version.")};
        const int latest = latestServerSchemaVersion();
        if (current > latest)
            throw Refused{
                tr("This database was set up by a newer Alongside (schema version %1; this one knows "
                   "up to %2). It has not been changed.")
                    .arg(current)
                    .arg(latest)};
        for (const ServerSchemaStep& step : serverSchemaSteps()) {
            if (step.version <= current)
                continue;
            for (const QString& statement : step.statements)
                run(db, statement);
            QSqlQuery record(db);
            record.prepare(
                QStringLiteral("INSERT INTO alongside.schema_version (version, description) VALUES (?, ?)"));
            record.addBindValue(step.version);
            record.addBindValue(step.description);
            if (!record.exec())
                throw Refused{record.lastError().databaseText()};
        }
        if (!db.commit())
            throw Refused{db.lastError().databaseText()};
        return {};
    } catch (const Refused& refused) {
        db.rollback();
        return tr("The migration was refused and nothing was changed: %1").arg(refused.message);
    }
}

int serverSchemaVersion(QSqlDatabase db)
{
    return readVersion(db);
}

QString checkServerSchemaForUse(QSqlDatabase db)
{
    const int version = readVersion(db);
    const int latest = latestServerSchemaVersion();
    if (version < 0)
        return tr("Could not read this database's schema version.");
    if (version == 0)
        return tr("This database has no Alongside tables yet. Your IT team sets it up with "
                  "`alongside-cli db migrate`, signed in as the owner role.");
    if (version < latest)
        return tr("This database is at schema version %1 and this Alongside needs %2. Ask your IT team to "
                  "run "
                  "`alongside-cli db migrate`.")
            .arg(version)
            .arg(latest);
    if (version > latest)
        return tr("This database was set up by a newer Alongside (schema version %1). Update Alongside to "
                  "use it.")
            .arg(version);
    return {};
}

} // namespace alongside::core
