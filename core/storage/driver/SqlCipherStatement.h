#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace alongside::core {

// A prepared statement that finalises itself: for the driver's own metadata queries and for
// the raw-SQLCipher side of tests and benchmarks.
class SqlCipherStatement {
public:
    SqlCipherStatement(sqlite3* db, const QByteArray& sql);
    ~SqlCipherStatement();
    SqlCipherStatement(const SqlCipherStatement&) = delete;
    SqlCipherStatement& operator=(const SqlCipherStatement&) = delete;

    int prepareStatus() const { return m_prepareStatus; }
    int step();
    int reset();
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    sqlite3_stmt* handle() const { return m_statement; }

private:
    sqlite3_stmt* m_statement = nullptr;
    int m_prepareStatus = 0;
};

// The QMetaType a column's declared type stands for, by SQLite's affinity rules; used for
// field types and for typed NULLs. Unknown (no declared type) for expressions.
QMetaType metaTypeForDeclaredType(const QString& declared);

} // namespace alongside::core
