#include "storage/driver/SqlCipherDriver.h"

#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherApi.h"
#include "storage/driver/SqlCipherResult.h"
#include "storage/driver/SqlCipherStatement.h"
#include "storage/keys/SecretBytes.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <sodium.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace alongside::core {

void SqlCipherDriver::registerWithQt()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    (void)registered;
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::fail(const QString& what, int status)
{
    const QString databaseText = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                      : QString::fromUtf8(sqlite3_errstr(status));
    setLastError(QSqlError(what, databaseText, QSqlError::ConnectionError, QString::number(status)));
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::openWithKey(const QString& path, const SecretBytes& rawKeySpec, OpenMode mode)
{
    if (isOpen())
        close();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        | (mode == OpenMode::NewFile ? SQLITE_OPEN_CREATE : 0);
    int status = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (status != SQLITE_OK)
        return fail(tr("Could not open the store file"), status);
    sqlite3_extended_result_codes(m_db, 1);

    if ((status = keyConnection(m_db, rawKeySpec)) != SQLITE_OK)
        return fail(tr("Could not key the store"), status);
    if ((status = applyCipherSettings(m_db)) != SQLITE_OK)
        return fail(tr("Could not apply cipher settings"), status);
    // Plain SQLite ignores PRAGMA key and would write an unencrypted file: refuse first.
    if (cipherVersion(m_db).isEmpty())
        return fail(tr("The linked SQLite library is not SQLCipher"), SQLITE_MISUSE);
    if ((status = probeFirstPage(m_db)) != SQLITE_OK)
        return fail(tr("Could not read the store with this key"), status);
    if ((status = applySessionPragmas(m_db)) != SQLITE_OK)
        return fail(tr("Could not prepare the store for use"), status);

    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::open(const QString& db, const QString& /*user*/, const QString& password,
                           const QString& /*host*/, int /*port*/, const QString& /*connectOptions*/)
{
    // QSqlDatabase keeps its own copy of `password` (one reason the app never comes this way);
    // the UTF-8 copy made here is ours to wipe.
    QByteArray spec = password.toUtf8();
    SecretBytes secret = SecretBytes::copyOf(spec.constData(), static_cast<std::size_t>(spec.size()));
    sodium_memzero(spec.data(), static_cast<std::size_t>(spec.size()));
    return openWithKey(db, secret, OpenMode::ExistingFile);
}

void SqlCipherDriver::close()
{
    // Finalise every statement first, or sqlite3_close refuses and the file stays open.
    const QList<SqlCipherResult*> results = m_results;
    for (SqlCipherResult* result : results)
        result->finalize();
    if (m_db) {
        // Never finalise statements found with sqlite3_next_stmt: some belong to virtual
        // tables (the FTS4 search index), which finalise their own while closing; finalising
        // them here too is a double free. Ours are all finalised above, so close succeeds;
        // if a statement somehow escaped, close_v2 closes as soon as it is finalised.
        if (sqlite3_close(m_db) != SQLITE_OK) {
            qWarning("alongside: a statement was still open when the store closed");
            sqlite3_close_v2(m_db);
        }
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case SimpleLocking:
    case BLOB:
    case Unicode:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    // Named placeholders are rewritten to positional ones by QSqlResult before prepare().
    case NamedPlaceholders:
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::track(SqlCipherResult* result) const
{
    m_results.append(result);
}

void SqlCipherDriver::untrack(SqlCipherResult* result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execTransactionStatement(const char* sql, const QString& what)
{
    if (!isOpen() || isOpenError())
        return false;
    const int status = execSql(m_db, sql);
    if (status == SQLITE_OK)
        return true;
    setLastError(QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::TransactionError,
                           QString::number(status)));
    return false;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so a transaction never fails half-way for want of it.
    return execTransactionStatement("BEGIN IMMEDIATE", tr("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execTransactionStatement("COMMIT", tr("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execTransactionStatement("ROLLBACK", tr("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QByteArray sql = "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND (";
    QByteArrayList kinds;
    if (type & QSql::Tables)
        kinds << "type = 'table'";
    if (type & QSql::Views)
        kinds << "type = 'view'";
    if (type & QSql::SystemTables)
        names << QStringLiteral("sqlite_master");
    if (kinds.isEmpty())
        return names;
    sql += kinds.join(" OR ") + ") ORDER BY name";
    SqlCipherStatement statement(m_db, sql);
    while (statement.step() == SQLITE_ROW)
        names << statement.text(0);
    return names;
}

static QByteArray quotedForPragma(const QString& tableName)
{
    QString quoted = tableName;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QByteArray("\"") + quoted.toUtf8() + '"';
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord result;
    if (!isOpen())
        return result;
    SqlCipherStatement statement(m_db, "PRAGMA table_info(" + quotedForPragma(tableName) + ")");
    // table_info columns: cid, name, type, notnull, dflt_value, pk
    while (statement.step() == SQLITE_ROW) {
        QSqlField field(statement.text(1), metaTypeForDeclaredType(statement.text(2)), tableName);
        field.setRequiredStatus(statement.integer(3) != 0 ? QSqlField::Required : QSqlField::Optional);
        if (!statement.isNull(4))
            field.setDefaultValue(statement.text(4));
        field.setAutoValue(statement.integer(5) != 0
                           && statement.text(2).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    SqlCipherStatement statement(m_db, "PRAGMA table_info(" + quotedForPragma(tableName) + ")");
    while (statement.step() == SQLITE_ROW) {
        if (statement.integer(5) != 0)
            index.append(QSqlField(statement.text(1), metaTypeForDeclaredType(statement.text(2)), tableName));
    }
    if (!index.isEmpty())
        index.setName(tableName);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType /*type*/) const
{
    if (isIdentifierEscaped(identifier, TableName))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

} // namespace alongside::core
