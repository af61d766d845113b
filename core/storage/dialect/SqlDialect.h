#pragma once

#include <QSqlDatabase>
#include <QString>

namespace alongside::core {

// Where a store lives: an encrypted file on this computer, or a council's PostgreSQL server.
// Chosen when the store is opened; repositories ask the connection, never a setting.
enum class SqlBackend { SqlCipher, PostgreSql };

SqlBackend backendOf(const QSqlDatabase& db);

// The SQL that differs between the two, one function per difference. Repositories write the
// shared SQL themselves and ask here only for the part that differs. (The reports' group_concat,
// boolean sums and date arithmetic join this list as those repositories move to PostgreSQL.)
namespace dialect {

// An INSERT into a table with an `id` column that hands back the new row's id. PostgreSQL has
// no last-insert id for tables without OIDs, and lastval() would name the row a trigger wrote
// last (the history, the team), not ours: so `RETURNING id` there. SQLite 3.15 (Debian's
// SQLCipher) has no RETURNING; its last-insert rowid is the statement's own row.
QString insertReturningId(const QSqlDatabase& db, const QString& insertSql);
bool returnsNewIdAsRow(const QSqlDatabase& db);

// Whether a query may hand its rows over one at a time (QSqlQuery::setForwardOnly). SQLite
// reads them from its file as asked. Qt's PostgreSQL driver streams a forward-only query in
// libpq's single-row mode, and any other statement on the connection meanwhile (a nested query,
// or the DEALLOCATE of a query being replaced) silently ends it early: so on PostgreSQL a
// query's rows are received whole.
bool streamsRows(const QSqlDatabase& db);

// The order rows of a table were written in, for a table keyed by `keyColumn` (SQL, rows as
// `t`): SQLite's rowid; on PostgreSQL the key, which only grows (a label table has a `rowid`
// identity column of its own there).
QString insertionOrder(const QSqlDatabase& db, const QString& keyColumn);

// Whether the store has this table: a server gains the store file's tables a repository at a
// time (docs/postgresql.md), and what it does not hold yet has no rows there.
bool hasTable(const QSqlDatabase& db, const QString& table);

// Whether the caseload's summary rows (schema step 14) live on this backend. Not yet on
// PostgreSQL (docs/postgresql.md says what is built there).
bool keepsCaseloadSummary(const QSqlDatabase& db);

} // namespace dialect
} // namespace alongside::core
