#include "storage/dialect/SqlDialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

SqlBackend backendOf(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlBackend::PostgreSql : SqlBackend::SqlCipher;
}

namespace dialect {

namespace {

bool onPostgres(const QSqlDatabase& db)
{
    return backendOf(db) == SqlBackend::PostgreSql;
}

} // namespace

QString insertReturningId(const QSqlDatabase& db, const QString& insertSql)
{
    return onPostgres(db) ? insertSql + QStringLiteral(" RETURNING id") : insertSql;
}

bool returnsNewIdAsRow(const QSqlDatabase& db)
{
    return onPostgres(db);
}

bool streamsRows(const QSqlDatabase& db)
{
    return !onPostgres(db);
}

QString insertionOrder(const QSqlDatabase& db, const QString& keyColumn)
{
    return onPostgres(db) ? QStringLiteral("t.") + keyColumn : QStringLiteral("t.rowid");
}

bool hasTable(const QSqlDatabase& db, const QString& table)
{
    if (!onPostgres(db))
        return true;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    query.addBindValue(QStringLiteral("alongside.") + table);
    return query.exec() && query.next() && query.value(0).toBool();
}

bool keepsCaseloadSummary(const QSqlDatabase& db)
{
    return !onPostgres(db);
}

} // namespace dialect
} // namespace alongside::core
