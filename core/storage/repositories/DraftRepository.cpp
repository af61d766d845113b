#include "storage/repositories/DraftRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

namespace {
QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

constexpr auto kColumns = "draft_key, body, saved_at, case_id, part, form, record_id";

Draft draftFrom(const QSqlQuery& query)
{
    Draft draft;
    draft.key = query.value(0).toString();
    draft.body = query.value(1).toString();
    draft.savedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    draft.place.caseId = query.value(3).toLongLong();
    draft.place.part = query.value(4).toString();
    draft.place.form = query.value(5).toString();
    draft.place.recordId = query.value(6).toLongLong();
    return draft;
}
} // namespace

QString DraftPlace::key() const
{
    // The first two shapes are the keys drafts had before places were stored.
    if (caseId == 0 && recordId == 0)
        return form;
    if (recordId == 0)
        return QStringLiteral("%1:%2").arg(form).arg(caseId);
    return QStringLiteral("%1:%2:%3").arg(form).arg(caseId).arg(recordId);
}

DraftRepository::DraftRepository(QSqlDatabase db) : m_db(std::move(db))
{}

bool DraftRepository::save(const DraftPlace& place, const QString& body, const QDateTime& savedAt)
{
    // SQLite 3.15 has no UPSERT; REPLACE is one atomic statement for a single-key table.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO draft (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(place.key());
    query.addBindValue(body);
    query.addBindValue(savedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(nullableId(place.caseId));
    query.addBindValue(nullableText(place.part));
    query.addBindValue(place.form);
    query.addBindValue(nullableId(place.recordId));
    return query.exec();
}

std::optional<Draft> DraftRepository::find(const DraftPlace& place) const
{
    return find(place.key());
}

bool DraftRepository::discard(const DraftPlace& place)
{
    return discard(place.key());
}

bool DraftRepository::save(const QString& key, const QString& body, const QDateTime& savedAt)
{
    DraftPlace place;
    place.form = key;
    return save(place, body, savedAt);
}

std::optional<Draft> DraftRepository::find(const QString& key) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM draft WHERE draft_key = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return draftFrom(query);
}

bool DraftRepository::discard(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM draft WHERE draft_key = ?"));
    query.addBindValue(key);
    return query.exec();
}

std::vector<Draft> DraftRepository::forCase(qint64 caseId) const
{
    std::vector<Draft> drafts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM draft WHERE case_id = ? ORDER BY saved_at, draft_key")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(caseId);
    if (!query.exec())
        return drafts;
    while (query.next())
        drafts.push_back(draftFrom(query));
    return drafts;
}

QStringList DraftRepository::partsWaiting(qint64 caseId) const
{
    QStringList parts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT DISTINCT part FROM draft WHERE case_id = ? AND part IS NOT NULL ORDER BY part"));
    query.addBindValue(caseId);
    if (!query.exec())
        return parts;
    while (query.next())
        parts << query.value(0).toString();
    return parts;
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
