#include "storage/repositories/BundleLedgerRepository.h"

#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/StoredValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

namespace {

const QString kOpenedColumns = QStringLiteral(
    "SELECT bundle_id, kind, sender_key_id, sender_store_id, sequence, made_at, opened_by, opened_at, summary"
    " FROM opened_bundle ");

OpenedBundleRecord openedFromRow(const QSqlQuery& row)
{
    return {row.value(0).toString(), row.value(1).toString(),        row.value(2).toLongLong(),
            row.value(3).toString(), row.value(4).toLongLong(),      stored::toMoment(row.value(5)),
            row.value(6).toString(), stored::toMoment(row.value(7)), row.value(8).toString()};
}

} // namespace

BundleLedgerRepository::BundleLedgerRepository(QSqlDatabase db) : m_db(std::move(db))
{}

std::optional<OpenedBundleRecord> BundleLedgerRepository::findOpened(const QString& bundleId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(kOpenedColumns + QStringLiteral("WHERE bundle_id = ?"));
    query.addBindValue(bundleId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return openedFromRow(query);
}

std::vector<OpenedBundleRecord> BundleLedgerRepository::opened() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    std::vector<OpenedBundleRecord> records;
    if (!query.exec(kOpenedColumns + QStringLiteral("ORDER BY opened_at DESC, rowid DESC")))
        return records;
    while (query.next())
        records.push_back(openedFromRow(query));
    return records;
}

std::vector<SentBundleRecord> BundleLedgerRepository::sent() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    std::vector<SentBundleRecord> records;
    if (!query.exec(QStringLiteral("SELECT bundle_id, kind, sequence, made_by, made_at, recipients, summary"
                                   " FROM sent_bundle ORDER BY sequence DESC")))
        return records;
    while (query.next()) {
        records.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                           query.value(3).toString(), stored::toMoment(query.value(4)),
                           query.value(5).toString(), query.value(6).toString()});
    }
    return records;
}

qint64 BundleLedgerRepository::nextSequence() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM sent_bundle"))
        || !query.next())
        return 1;
    return query.value(0).toLongLong();
}

void BundleLedgerRepository::recordOpened(const OpenedBundleRecord& record) const
{
    execute(
        m_db,
        QStringLiteral("INSERT INTO opened_bundle (bundle_id, kind, sender_key_id, sender_store_id, sequence,"
                       " made_at, opened_by, opened_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {record.bundleId, record.kind, record.senderKeyId, record.senderStoreId, record.sequence,
         stored::moment(record.madeAt), record.openedBy, stored::moment(record.openedAt),
         stored::text(record.summary)});
}

void BundleLedgerRepository::recordSent(const SentBundleRecord& record) const
{
    execute(m_db,
            QStringLiteral("INSERT INTO sent_bundle (bundle_id, kind, sequence, made_by, made_at, recipients,"
                           " summary) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {record.bundleId, record.kind, record.sequence, record.madeBy, stored::moment(record.madeAt),
             record.recipients, stored::text(record.summary)});
}

} // namespace alongside::core
