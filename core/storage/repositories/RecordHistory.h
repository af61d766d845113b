#pragma once

#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/RecordFields.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace alongside::core {

// The append-only history of a case (table record_history; triggers refuse UPDATE and
// DELETE). One writer per change: who and when are fixed for everything it appends, so a
// whole change reads as one moment by one practitioner.
class RecordHistory {
public:
    RecordHistory(QSqlDatabase db, QString practitioner, QDateTime at);

    const QString& practitioner() const { return m_practitioner; }
    const QDateTime& moment() const { return m_moment; }

    // One entry per field whose value differs between `before` and `after`. A new record is
    // `before` = {} (every filled field appears as "" → value).
    void recordChanges(qint64 caseId, const QString& record, qint64 recordId, const RecordFields& before,
                       const RecordFields& after);
    void recordChange(qint64 caseId, const QString& record, qint64 recordId, const QString& field,
                      const QString& oldValue, const QString& newValue);

    // The moment every entry of this change carries, as stored.
    const QString& at() const { return m_at; }

    // Oldest first.
    static std::vector<HistoryEntry> read(const QSqlDatabase& db, qint64 caseId);

private:
    QSqlDatabase m_db;
    QString m_practitioner;
    QDateTime m_moment;
    QString m_at;
    QSqlQuery m_insert;
};

} // namespace alongside::core
