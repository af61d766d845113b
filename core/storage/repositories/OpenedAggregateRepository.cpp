#include "storage/repositories/OpenedAggregateRepository.h"

#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/StoredValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT a.bundle_id, a.sender_store_id, a.sender_name, a.sender_team, a.sequence, a.made_at,"
    " a.reporting_year, a.enquiries, a.payload FROM opened_aggregate a ");

std::vector<OpenedAggregate> rowsOf(QSqlQuery& query)
{
    std::vector<OpenedAggregate> rows;
    while (query.next()) {
        rows.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toLongLong(),
                        stored::toMoment(query.value(5)), query.value(6).toInt(), query.value(7).toInt(),
                        query.value(8).toString().toUtf8()});
    }
    return rows;
}

} // namespace

OpenedAggregateRepository::OpenedAggregateRepository(QSqlDatabase db) : m_db(std::move(db))
{}

void OpenedAggregateRepository::record(const OpenedAggregate& aggregate) const
{
    insertRow(
        m_db,
        QStringLiteral("INSERT INTO opened_aggregate (bundle_id, sender_store_id, sender_name, sender_team,"
                       " sequence, made_at, reporting_year, enquiries, payload)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {aggregate.bundleId, aggregate.senderStoreId, aggregate.senderName, aggregate.senderTeam,
         aggregate.sequence, stored::moment(aggregate.madeAt), aggregate.reportingYear, aggregate.enquiries,
         QString::fromUtf8(aggregate.payload)});
}

std::vector<OpenedAggregate> OpenedAggregateRepository::countedFor(int reportingYear) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kColumns
                  + QStringLiteral("WHERE a.reporting_year = ? AND a.sequence = (SELECT max(b.sequence) FROM"
                                   " opened_aggregate b WHERE b.reporting_year = a.reporting_year"
                                   " AND b.sender_store_id = a.sender_store_id)"
                                   " ORDER BY a.sender_team, a.sender_name, a.sender_store_id"));
    query.addBindValue(reportingYear);
    if (!query.exec())
        return {};
    return rowsOf(query);
}

std::vector<OpenedAggregate> OpenedAggregateRepository::all() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(kColumns + QStringLiteral("ORDER BY a.made_at DESC, a.rowid DESC")))
        return {};
    return rowsOf(query);
}

} // namespace alongside::core
