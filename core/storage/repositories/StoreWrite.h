#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace alongside::core {

// Thrown inside a repository write to abandon it: the transaction is rolled back and the
// message is what the caller is told. Never escapes a repository.
struct WriteRefused {
    QString message;
};

// What the person is told when the store refuses a write (or a server's connection is lost).
QString refusal(const QSqlError& error);

// Prepared statements for repository writes; the store's refusal becomes WriteRefused.
// insertRow is for tables with an `id` column and returns the new row's id on either backend
// (SqlDialect); rows keyed otherwise (a case's concern, closure, labels) are added with execute.
qint64 insertRow(const QSqlDatabase& db, const QString& sql, const QVariantList& values);
int execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values);
// The first column of the first row; an invalid QVariant when there is no row.
QVariant selectValue(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// One transaction: begun on construction, rolled back on destruction unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit(); // throws WriteRefused if SQLite could not commit

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace alongside::core
