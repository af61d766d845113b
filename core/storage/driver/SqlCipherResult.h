#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace alongside::core {

class SqlCipherDriver;

// One prepared statement. Forward-only queries read straight from the statement; scrollable
// ones (QSqlQueryModel's default) cache rows as they are stepped so fetch(i) can go back.
class SqlCipherResult : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // Called by the driver before it closes the connection.
    void finalize();

protected:
    using QSqlResult::bindValue;
    void bindValue(int index, const QVariant& value, QSql::ParamType type) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchPrevious() override;
    bool fetchLast() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    const SqlCipherDriver* cipherDriver() const;
    bool failWith(const QString& what, int status, QSqlError::ErrorType type);
    bool bindValues();
    bool stepRow(); // steps once; true if a row is ready
    bool cacheUntil(int index);
    QVariant columnValue(int column) const;
    QVariant nullFor(int column) const;

    sqlite3_stmt* m_statement = nullptr;
    QSqlRecord m_record;
    // m_record's field types again, so a typed NULL needs no QSqlField copy.
    QList<QMetaType> m_nullTypes;
    QList<QVariantList> m_cache; // scrollable queries only
    // UTF-8 of the text parameters, which SQLite reads in place (SQLITE_STATIC) until the
    // next exec() clears the bindings or the statement is finalised.
    QList<QByteArray> m_boundText;
    bool m_rowPending = false; // exec() already stepped onto the first row
    bool m_finished = true;    // no more rows to step
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace alongside::core
