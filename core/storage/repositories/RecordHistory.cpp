#include "storage/repositories/RecordHistory.h"

#include "storage/dialect/SqlDialect.h"
#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/StoredValues.h"

#include <QSqlError>

namespace alongside::core {

RecordHistory::RecordHistory(QSqlDatabase db, QString practitioner, QDateTime at)
    : m_db(std::move(db)),
      m_practitioner(std::move(practitioner)),
      m_moment(at),
      m_at(stored::shown(at)),
      m_insert(m_db)
{}

void RecordHistory::recordChanges(qint64 caseId, const QString& record, qint64 recordId,
                                  const RecordFields& before, const RecordFields& after)
{
    const auto valueIn = [](const RecordFields& fields, const QString& name) {
        for (const auto& [field, value] : fields) {
            if (field == name)
                return value;
        }
        return QString();
    };
    for (const auto& [field, value] : after) {
        const QString old = valueIn(before, field);
        if (old != value)
            recordChange(caseId, record, recordId, field, old, value);
    }
    for (const auto& [field, value] : before) {
        bool stillThere = false;
        for (const auto& entry : after)
            stillThere = stillThere || entry.first == field;
        if (!stillThere && !value.isEmpty())
            recordChange(caseId, record, recordId, field, value, QString());
    }
}

void RecordHistory::recordChange(qint64 caseId, const QString& record, qint64 recordId, const QString& field,
                                 const QString& oldValue, const QString& newValue)
{
    if (m_insert.lastQuery().isEmpty()
        && !m_insert.prepare(
            QStringLiteral("INSERT INTO record_history (case_id, record, record_id, field, old_value,"
                           " new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        throw WriteRefused{m_insert.lastError().text()};
    m_insert.addBindValue(caseId);
    m_insert.addBindValue(record);
    m_insert.addBindValue(recordId);
    m_insert.addBindValue(field);
    m_insert.addBindValue(stored::text(oldValue));
    m_insert.addBindValue(stored::text(newValue));
    m_insert.addBindValue(m_practitioner);
    m_insert.addBindValue(m_at);
    if (!m_insert.exec())
        throw WriteRefused{refusal(m_insert.lastError())};
}

std::vector<HistoryEntry> RecordHistory::read(const QSqlDatabase& db, qint64 caseId)
{
    std::vector<HistoryEntry> entries;
    QSqlQuery query(db);
    query.setForwardOnly(dialect::streamsRows(db));
    query.prepare(
        QStringLiteral("SELECT record, record_id, field, old_value, new_value, changed_by, changed_at"
                       " FROM record_history WHERE case_id = ? ORDER BY id"));
    query.addBindValue(caseId);
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries.push_back({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                           stored::toMoment(query.value(6))});
    }
    return entries;
}

} // namespace alongside::core
