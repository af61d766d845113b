#pragma once

#include <QtGlobal>

#include <optional>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace alongside::core {
class SecretBytes;
}

namespace alongside::bench {

// The raw side: SQLCipher's C API with nothing of Qt in the way. Failures throw
// std::runtime_error (a benchmark that silently measures an error is worse than none).

class RawConnection {
public:
    enum class Mode { ExistingFile, NewFile };
    // sqlite3_open_v2, sqlite3_key with the raw key spec, then the same cipher settings and
    // session pragmas the driver applies (core's CipherSettings helpers, which are thin
    // sqlite3_exec calls), so both files are encrypted and journalled identically.
    RawConnection(const std::string& path, const core::SecretBytes& rawKeySpec, Mode mode);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    void exec(const char* sql);

private:
    sqlite3* m_db = nullptr;
};

class RawStatement {
public:
    RawStatement(sqlite3* db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    // Text is bound SQLITE_STATIC: the caller's strings outlive the step, as in careful C.
    void bind(int position, qint64 value);
    void bind(int position, const std::string& text);
    void bind(int position, const std::optional<std::string>& text);
    void bind(int position, double value);
    void bindNull(int position);
    bool step(); // true: a row is ready; false: done
    void reset();

    int columnCount() const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_TEXT, SQLITE_NULL…
    qint64 integer(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    // The statement with its bound values written in (sqlite3_expanded_sql).
    std::string expandedSql() const;

private:
    void check(int status, const char* what) const;

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace alongside::bench
