#include "RawSqlCipher.h"

#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherApi.h"
#include "storage/keys/SecretBytes.h"

#include <stdexcept>

namespace alongside::bench {

namespace {

[[noreturn]] void fail(sqlite3* db, int status, const std::string& what)
{
    const char* detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(status);
    throw std::runtime_error("raw SQLCipher: " + what + ": " + detail + " (" + std::to_string(status) + ")");
}

} // namespace

RawConnection::RawConnection(const std::string& path, const core::SecretBytes& rawKeySpec, Mode mode)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        | (mode == Mode::NewFile ? SQLITE_OPEN_CREATE : 0);
    int status = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (status != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        fail(nullptr, status, "open " + path);
    }
    sqlite3_extended_result_codes(m_db, 1);
    if ((status = core::keyConnection(m_db, rawKeySpec)) != SQLITE_OK
        || (status = core::applyCipherSettings(m_db)) != SQLITE_OK
        || (status = core::applySessionPragmas(m_db)) != SQLITE_OK) {
        const std::string detail = sqlite3_errmsg(m_db);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw std::runtime_error("raw SQLCipher: could not key or prepare " + path + ": " + detail);
    }
}

RawConnection::~RawConnection()
{
    sqlite3_close(m_db);
}

void RawConnection::exec(const char* sql)
{
    const int status = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (status != SQLITE_OK)
        fail(m_db, status, sql);
}

RawStatement::RawStatement(sqlite3* db, const char* sql) : m_db(db)
{
    check(sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr), "prepare");
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::check(int status, const char* what) const
{
    if (status != SQLITE_OK)
        fail(m_db, status, what);
}

void RawStatement::bind(int position, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, position, value), "bind");
}

void RawStatement::bind(int position, const std::string& text)
{
    check(sqlite3_bind_text(m_statement, position, text.data(), static_cast<int>(text.size()), SQLITE_STATIC),
          "bind");
}

void RawStatement::bind(int position, const std::optional<std::string>& text)
{
    if (text)
        bind(position, *text);
    else
        check(sqlite3_bind_null(m_statement, position), "bind");
}

void RawStatement::bind(int position, double value)
{
    check(sqlite3_bind_double(m_statement, position, value), "bind");
}

void RawStatement::bindNull(int position)
{
    check(sqlite3_bind_null(m_statement, position), "bind");
}

bool RawStatement::step()
{
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        fail(m_db, status, "step");
    return false;
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int RawStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

int RawStatement::columnType(int column) const
{
    return sqlite3_column_type(m_statement, column);
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string RawStatement::text(int column) const
{
    const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!chars)
        return {};
    return std::string(chars, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
}

std::optional<std::string> RawStatement::optionalText(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return std::nullopt;
    return text(column);
}

std::string RawStatement::expandedSql() const
{
    char* expanded = sqlite3_expanded_sql(m_statement);
    std::string text = expanded ? expanded : "";
    sqlite3_free(expanded);
    return text;
}

} // namespace alongside::bench
