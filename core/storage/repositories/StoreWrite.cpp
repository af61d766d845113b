#include "storage/repositories/StoreWrite.h"

#include "storage/dialect/SqlDialect.h"
#include "storage/repositories/CaseloadRows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace alongside::core {

namespace {

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(dialect::streamsRows(db));
    if (!query.prepare(sql))
        throw WriteRefused{refusal(query.lastError())};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw WriteRefused{refusal(query.lastError())};
    return query;
}

} // namespace

QString refusal(const QSqlError& error)
{
    // A server that went away (SQLSTATE class 08, or shut down or killed: 57P01-57P03) took the
    // open transaction with it: say so plainly, with the server's words after.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03")
        || error.type() == QSqlError::ConnectionError)
        return QCoreApplication::translate("alongside::core::CaseRepository",
                                           "The connection to the server was lost, so nothing of this change "
                                           "was saved. Check the network and try again. (%1)")
            .arg(error.text());
    return QCoreApplication::translate("alongside::core::CaseRepository", "The store refused the change: %1")
        .arg(error.text());
}

qint64 insertRow(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query = run(db, dialect::insertReturningId(db, sql), values);
    if (dialect::returnsNewIdAsRow(db))
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

int execute(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    return run(db, sql, values).numRowsAffected();
}

QVariant selectValue(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query = run(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_open = m_db.transaction();
    if (!m_open)
        throw WriteRefused{refusal(m_db.lastError())};
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_db.rollback();
}

void WriteTransaction::commit()
{
    // The one place every repository write passes: the caseload's summary rows of the cases
    // this change touched (the schema's triggers marked them) are rebuilt inside the same
    // transaction, so the summary is never behind what was committed.
    if (dialect::keepsCaseloadSummary(m_db)) {
        if (const QString failure = refreshCaseloadRows(m_db); !failure.isEmpty())
            throw WriteRefused{refusal(QSqlError(failure))};
    }
    if (!m_db.commit())
        throw WriteRefused{refusal(m_db.lastError())};
    m_open = false;
}

} // namespace alongside::core
