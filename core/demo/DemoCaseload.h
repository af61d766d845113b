#pragma once

#include <QDate>
#include <QSqlDatabase>

namespace alongside::core {

// Writes a small, varied caseload of obviously synthetic people into a store, for the demo
// and for screenshots. Names come from fixed lists that are not anyone's real record.
// `today` is passed in so dates are reproducible. Returns false if the store refused a write.
bool populateDemoCaseload(QSqlDatabase db, const QDate& today);

} // namespace alongside::core
