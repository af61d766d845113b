#include "storage/driver/SqlCipherResult.h"

#include "storage/driver/SqlCipherApi.h"
#include "storage/driver/SqlCipherDriver.h"
#include "storage/driver/SqlCipherStatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace alongside::core {

namespace {

// Qt 6's QVariant::isNull() is false for a null QString or QByteArray; both mean NULL here.
bool isSqlNull(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

// `text` keeps a text parameter's UTF-8 alive while SQLite refers to it (SQLITE_STATIC).
int bindOne(sqlite3_stmt* statement, int position, const QVariant& value, QByteArray* text)
{
    if (isSqlNull(value))
        return sqlite3_bind_null(statement, position);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong unsignedValue = value.toULongLong();
        if (unsignedValue > static_cast<qulonglong>(std::numeric_limits<qint64>::max()))
            return sqlite3_bind_double(statement, position, static_cast<double>(unsignedValue));
        return sqlite3_bind_int64(statement, position, static_cast<qint64>(unsignedValue));
    }
    case QMetaType::Float:
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, position, bytes.constData(), static_cast<int>(bytes.size()),
                                 SQLITE_TRANSIENT);
    }
    case QMetaType::QDate:
        return sqlite3_bind_text(statement, position,
                                 value.toDate().toString(Qt::ISODate).toUtf8().constData(), -1,
                                 SQLITE_TRANSIENT);
    case QMetaType::QTime:
        return sqlite3_bind_text(statement, position,
                                 value.toTime().toString(Qt::ISODateWithMs).toUtf8().constData(), -1,
                                 SQLITE_TRANSIENT);
    case QMetaType::QDateTime:
        return sqlite3_bind_text(statement, position,
                                 value.toDateTime().toString(Qt::ISODateWithMs).toUtf8().constData(), -1,
                                 SQLITE_TRANSIENT);
    default: {
        // QString and anything convertible to text. The store is UTF-8, so convert here with
        // Qt's vectorised encoder rather than binding UTF-16 for SQLite to copy and then
        // convert byte by byte on every step; SQLite reads the bytes in place.
        *text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, text->constData(), static_cast<int>(text->size()),
                                 SQLITE_STATIC);
    }
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver)
{
    driver->track(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (const SqlCipherDriver* owner = cipherDriver())
        owner->untrack(this);
}

const SqlCipherDriver* SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver*>(driver());
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_statement);
}

void SqlCipherResult::finalize()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_boundText.clear(); // only after the statement that referred to it is gone
    m_cache.clear();
    m_rowPending = false;
    m_finished = true;
}

bool SqlCipherResult::failWith(const QString& what, int status, QSqlError::ErrorType type)
{
    sqlite3* db = cipherDriver() ? cipherDriver()->connection() : nullptr;
    const QString databaseText = db ? QString::fromUtf8(sqlite3_errmsg(db))
                                    : QString::fromUtf8(sqlite3_errstr(status));
    setLastError(QSqlError(what, databaseText, type, QString::number(status)));
    return false;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    setSelect(false);
    m_record.clear();
    m_nullTypes.clear();
    sqlite3* db = cipherDriver() ? cipherDriver()->connection() : nullptr;
    if (!db || !driver()->isOpen())
        return failWith(QCoreApplication::translate("SqlCipherResult", "The store is not open"),
                        SQLITE_MISUSE, QSqlError::ConnectionError);

    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int status = sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &m_statement,
                                          &tail);
    if (status != SQLITE_OK) {
        finalize();
        return failWith(QCoreApplication::translate("SqlCipherResult", "Unable to prepare statement"), status,
                        QSqlError::StatementError);
    }
    // One statement per query, as QSQLITE does: a second would silently never run.
    const QByteArray rest = QByteArray(tail).trimmed();
    if (!rest.isEmpty() && rest != ";") {
        finalize();
        return failWith(
            QCoreApplication::translate("SqlCipherResult", "Unable to execute multiple statements at a time"),
            SQLITE_MISUSE, QSqlError::StatementError);
    }
    const int columns = sqlite3_column_count(m_statement);
    m_nullTypes.reserve(columns);
    for (int column = 0; column < columns; ++column) {
        const char* declared = sqlite3_column_decltype(m_statement, column);
        const QMetaType type = metaTypeForDeclaredType(QString::fromUtf8(declared));
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_statement, column)), type));
        m_nullTypes.append(type);
    }
    return true;
}

void SqlCipherResult::bindValue(int index, const QVariant& value, QSql::ParamType type)
{
    // QSqlResult's version also files every positional value under a generated ":N" name
    // (a QString::arg and a hash insert per value: a quarter of a bulk insert's instructions) for
    // drivers that emulate named placeholders. We prepare natively and never look values up
    // by that name, so keep only what boundValue(s)() and exec() read. Anything unusual
    // (out parameters, a bad index) still goes through Qt's own bookkeeping.
    if (index < 0 || type != QSql::In || bindValueType(index) != QSql::In) {
        QSqlResult::bindValue(index, value, type);
        return;
    }
    QVariantList& values = boundValues();
    if (values.size() <= index)
        values.resize(index + 1);
    values[index] = value;
}

bool SqlCipherResult::bindValues()
{
    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != expected)
        return failWith(QCoreApplication::translate("SqlCipherResult", "Parameter count mismatch"),
                        SQLITE_RANGE, QSqlError::StatementError);
    // exec() has cleared the old bindings, so their text buffers may be reused.
    m_boundText.resize(expected);
    for (int i = 0; i < expected; ++i) {
        const int status = bindOne(m_statement, i + 1, values.at(i), &m_boundText[i]);
        if (status != SQLITE_OK)
            return failWith(QCoreApplication::translate("SqlCipherResult", "Unable to bind parameters"),
                            status, QSqlError::StatementError);
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_statement)
        return false;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_cache.clear();
    m_rowPending = false;
    m_finished = false;
    m_rowsAffected = 0;
    setAt(QSql::BeforeFirstRow);
    setActive(false);

    if (!bindValues())
        return false;

    sqlite3* db = cipherDriver()->connection();
    const int before = sqlite3_total_changes(db);
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW) {
        m_rowPending = true;
    } else if (status == SQLITE_DONE) {
        m_finished = true;
        sqlite3_reset(m_statement); // release read locks at once
    } else {
        m_finished = true;
        const int code = sqlite3_extended_errcode(db);
        sqlite3_reset(m_statement);
        return failWith(QCoreApplication::translate("SqlCipherResult", "Unable to fetch row"), code,
                        QSqlError::StatementError);
    }
    m_rowsAffected = sqlite3_total_changes(db) - before;
    m_lastInsertId = sqlite3_last_insert_rowid(db);
    setSelect(sqlite3_column_count(m_statement) > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::stepRow()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_finished || !m_statement)
        return false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    m_finished = true;
    if (status != SQLITE_DONE) {
        const int code = sqlite3_extended_errcode(cipherDriver()->connection());
        sqlite3_reset(m_statement);
        failWith(QCoreApplication::translate("SqlCipherResult", "Unable to fetch row"), code,
                 QSqlError::StatementError);
        return false;
    }
    sqlite3_reset(m_statement);
    return false;
}

bool SqlCipherResult::cacheUntil(int index)
{
    while (m_cache.size() <= index) {
        if (!stepRow())
            return false;
        const int columns = m_record.count();
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(columnValue(column));
        m_cache.append(std::move(row));
    }
    return true;
}

bool SqlCipherResult::fetchNext()
{
    if (!isSelect() || !isActive())
        return false;
    if (!isForwardOnly())
        return fetch(at() < 0 ? 0 : at() + 1);
    if (!stepRow()) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(at() < 0 ? 0 : at() + 1);
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isSelect() || !isActive() || index < 0)
        return false;
    if (isForwardOnly()) {
        // Forward-only can only move on; step to the row asked for.
        if (index < at())
            return false;
        while (at() < index) {
            if (!fetchNext())
                return false;
        }
        return true;
    }
    if (!cacheUntil(index)) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (isForwardOnly() && at() != QSql::BeforeFirstRow)
        return false;
    return fetch(0);
}

bool SqlCipherResult::fetchPrevious()
{
    if (isForwardOnly() || at() <= 0)
        return false;
    return fetch(at() - 1);
}

bool SqlCipherResult::fetchLast()
{
    if (!isSelect() || !isActive())
        return false;
    if (isForwardOnly()) {
        bool any = false;
        while (fetchNext())
            any = true;
        return any;
    }
    while (cacheUntil(static_cast<int>(m_cache.size()))) {}
    if (m_cache.isEmpty())
        return false;
    setAt(static_cast<int>(m_cache.size()) - 1);
    return true;
}

QVariant SqlCipherResult::nullFor(int column) const
{
    return QVariant(m_nullTypes.at(column));
}

QVariant SqlCipherResult::columnValue(int column) const
{
    // One column lookup, then the value accessors: each sqlite3_column_* call would find the
    // column (and pass the connection's mutex) again. The value is "unprotected", which only
    // matters across threads, and a connection is used from one thread (we open it NOMUTEX).
    sqlite3_value* value = sqlite3_column_value(m_statement, column);
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        // Exact whatever the precision policy, as Qt's own SQLite driver does.
        return QVariant(static_cast<qlonglong>(sqlite3_value_int64(value)));
    case SQLITE_FLOAT: {
        const double number = sqlite3_value_double(value);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return static_cast<int>(number);
        case QSql::LowPrecisionInt64:
            return static_cast<qlonglong>(number);
        case QSql::HighPrecision:
        case QSql::LowPrecisionDouble:
            return number;
        }
        return number;
    }
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_value_blob(value));
        return QByteArray(bytes, sqlite3_value_bytes(value));
    }
    case SQLITE_NULL:
        return nullFor(column);
    default: {
        // The store is UTF-8: reading UTF-8 and letting Qt's vectorised decoder widen it is
        // several times cheaper than sqlite3_column_text16, which converts byte by byte
        // into a buffer of its own that we would then copy again.
        const auto* chars = reinterpret_cast<const char*>(sqlite3_value_text(value));
        return QString::fromUtf8(chars, sqlite3_value_bytes(value));
    }
    }
}

QVariant SqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return {};
    if (isForwardOnly())
        return columnValue(column);
    return m_cache.at(at()).at(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return true;
    if (isForwardOnly())
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return isSqlNull(m_cache.at(at()).at(column));
}

int SqlCipherResult::size()
{
    return -1; // SQLite does not know a result's size until it has stepped through it
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!isActive() || isSelect() || m_rowsAffected == 0)
        return {};
    return QVariant::fromValue<qlonglong>(m_lastInsertId);
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_rowPending = false;
    m_finished = true;
}

} // namespace alongside::core
