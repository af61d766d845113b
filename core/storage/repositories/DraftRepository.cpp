#include "storage/repositories/DraftRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

DraftRepository::DraftRepository(QSqlDatabase db) : m_db(std::move(db))
{}

bool DraftRepository::save(const QString& key, const QString& body, const QDateTime& savedAt)
{
    // SQLite 3.15 has no UPSERT; REPLACE is one atomic statement for a single-key table.
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO draft (draft_key, body, saved_at) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(body);
    query.addBindValue(savedAt.toUTC().toString(Qt::ISODateWithMs));
    return query.exec();
}

std::optional<Draft> DraftRepository::find(const QString& key) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT body, saved_at FROM draft WHERE draft_key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Draft{key, query.value(0).toString(),
                 QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs)};
}

bool DraftRepository::discard(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM draft WHERE draft_key = ?"));
    query.addBindValue(key);
    return query.exec();
}

qint64 DraftRepository::count() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM draft")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace alongside::core
