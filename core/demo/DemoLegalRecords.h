#pragma once

#include <QDate>
#include <QSqlDatabase>

namespace alongside::core {

// Adds the legal-literacy records to the demo's cases (written first by populateDemoCaseload):
// doubts about capacity (one not yet assessed), a full capacity assessment with the person's
// words as evidence and the best-interests decision that follows it, advocacy checks and a
// referral, a record of acting against a wish, and risk enablement notes (one review overdue).
// Through the repositories, so the demo obeys every rule a real record does. False if one was
// refused.
bool addDemoLegalRecords(QSqlDatabase db, const QDate& today);

} // namespace alongside::core
