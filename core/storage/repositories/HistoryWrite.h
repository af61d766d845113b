#pragma once

#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/RecordHistory.h"
#include "storage/repositories/StoreWrite.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace alongside::core {

// One change to a case's records: one transaction, and one history writer with the same who
// and when for everything it appends. A refusal (WriteRefused) rolls the whole change back and
// comes back as the result's plain sentence; nothing half-written is left behind.
template <typename Change>
CaseWriteResult inOneTransaction(const QSqlDatabase& db, const QString& practitioner, const QDateTime& at,
                                 Change&& change)
{
    try {
        WriteTransaction transaction(db);
        RecordHistory history(db, practitioner, at);
        const qint64 id = change(history);
        transaction.commit();
        return {id, {}};
    } catch (const WriteRefused& refusal) {
        return {0, refusal.message};
    }
}

} // namespace alongside::core
