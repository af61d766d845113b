#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace alongside::core {

// PostgreSQL's own numbered schema steps, in the schema `alongside`. They are not SQLite's
// steps translated line by line: the server has real date and timestamptz columns, a team on
// every record with row-level security, and plpgsql for what SQLite does with triggers.
struct ServerSchemaStep {
    int version = 0;
    QString description;
    QStringList statements;
};

std::vector<ServerSchemaStep> serverSchemaSteps();
int latestServerSchemaVersion();

// Brings the database up to the latest step, run by IT as the owner role (alongside-cli db
// migrate). Every step and its row in schema_version are applied in one transaction under an
// advisory lock, so two migrations at once apply each step once. A database from a newer
// Alongside is refused and left alone. Empty on success, else a plain sentence.
QString migrateServer(QSqlDatabase db);

// The version the database is at (0 if it has no Alongside schema yet), -1 if it cannot be read.
int serverSchemaVersion(QSqlDatabase db);

// Empty when a practitioner's connection may use the database: its schema is the one this
// program was built for. Else what to tell them (IT runs the migration, not a practitioner).
QString checkServerSchemaForUse(QSqlDatabase db);

// Test hook: the lock every migration takes (pg_advisory_xact_lock).
qint64 serverMigrationLockKey();

} // namespace alongside::core
