#pragma once

#include "model/CaseRecord.h"
#include "storage/repositories/CaseRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace alongside::test {

// A settable clock for CaseRepository: tests move `now` to change "today".
struct TestClock {
    QDateTime now{QDate(2026, 3, 2), QTime(10, 0)};
    core::CaseRepository::Clock function()
    {
        return [this] { return now; };
    }
};

inline const QString kPractitioner = QStringLiteral("Alex Practitioner");

// A made-up case with every field set: two outcomes (one revised and partly achieved, one in
// an advocate's words), two conversations (alone, and not alone with the reason), an action
// linked to an outcome, a note with an addendum, and a closure. Outcome ids 11 and 12 and
// note ids 21-23 are references within the record, as createCase expects.
core::CaseRecord fullCase(const QString& reference = QStringLiteral("FULL-1"));
// Only a concern, received on `receivedOn`.
core::CaseRecord concernOnly(const QString& reference, const QDate& receivedOn);

// Row count of `table` (-1 if it cannot be read).
qint64 rowsIn(const QSqlDatabase& db, const QString& table);

} // namespace alongside::test
