#include "storage/dialect/SqlDialect.h"

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

bool keepsCaseloadSummary(const QSqlDatabase& db)
{
    return !onPostgres(db);
}

} // namespace dialect
} // namespace alongside::core
