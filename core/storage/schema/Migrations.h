#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace alongside::core {

// One forward step of the schema. Steps run in order, each in its own transaction, and
// PRAGMA user_version records the last one applied. Never edit a step that has shipped:
// add a new one. SQL is written to SQLite 3.15 (Debian's SQLCipher 3.4): no UPSERT, window
// functions, RETURNING, or DROP/RENAME COLUMN.
struct Migration {
    Migration() = default;
    Migration(int version, QString why, QStringList sql, std::function<QString(QSqlDatabase&)> then = {})
        : toVersion(version), purpose(std::move(why)), statements(std::move(sql)), thenRun(std::move(then))
    {}

    int toVersion = 0;
    QString purpose;
    QStringList statements;
    // Work SQL cannot do (generating a store's keys with libsodium), run after the statements
    // in the same transaction. Returns an empty string, or what failed (the step rolls back).
    std::function<QString(QSqlDatabase&)> thenRun;
};

const std::vector<Migration>& schemaMigrations();
int latestSchemaVersion();
int schemaVersion(const QSqlDatabase& db);

// Applies every step after the store's current version up to `targetVersion`.
// Returns an empty string on success, otherwise what failed (the failed step is rolled back).
QString migrateSchema(QSqlDatabase& db, int targetVersion);

} // namespace alongside::core
