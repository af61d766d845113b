#include "storage/schema/Migrations.h"

#include "storage/repositories/CaseloadRows.h"
#include "storage/schema/SchemaSteps.h"

#include <QSqlError>
#include <QSqlQuery>

namespace alongside::core {

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = schemaSteps();
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().toVersion;
}

int schemaVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

namespace {
constexpr int kCaseloadRowsVersion = 14;
} // namespace

QString migrateSchema(QSqlDatabase& db, int targetVersion)
{
    const int current = schemaVersion(db);
    if (current < 0)
        return QStringLiteral("could not read the schema version: %1").arg(db.lastError().text());
    for (const Migration& step : schemaMigrations()) {
        if (step.toVersion <= current || step.toVersion > targetVersion)
            continue;
        if (!db.transaction())
            return QStringLiteral("step %1: %2").arg(step.toVersion).arg(db.lastError().text());
        QSqlQuery query(db);
        for (const QString& statement : step.statements) {
            if (!query.exec(statement)) {
                const QString failure = QStringLiteral("step %1 (%2): %3")
                                            .arg(step.toVersion)
                                            .arg(step.purpose, query.lastError().text());
                query.finish();
                db.rollback();
                return failure;
            }
        }
        if (step.thenRun) {
            query.finish();
            const QString failure = step.thenRun(db);
            if (!failure.isEmpty()) {
                db.rollback();
                return QStringLiteral("step %1 (%2): %3").arg(step.toVersion).arg(step.purpose, failure);
            }
        }
        // user_version is written inside the same transaction, so a step is all or nothing.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion))) {
            const QString failure = query.lastError().text();
            db.rollback();
            return failure;
        }
        query.finish();
        if (!db.commit())
            return QStringLiteral("step %1: %2").arg(step.toVersion).arg(db.lastError().text());
    }
    // Derived rows are built once the schema is whole, with the code that keeps them now: the
    // caseload's summary (step 14) for cases an upgrade or an older step marked stale.
    if (targetVersion >= kCaseloadRowsVersion && schemaVersion(db) >= kCaseloadRowsVersion) {
        if (!db.transaction())
            return db.lastError().text();
        const QString failure = refreshCaseloadRows(db);
        if (!failure.isEmpty()) {
            db.rollback();
            return QStringLiteral("the caseload's summary rows: %1").arg(failure);
        }
        if (!db.commit())
            return db.lastError().text();
    }
    return {};
}

} // namespace alongside::core
