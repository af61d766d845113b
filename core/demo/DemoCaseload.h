#pragma once

#include <QDate>
#include <QSqlDatabase>

namespace alongside::core {

// Writes a small, varied caseload of obviously synthetic people into a store, for the demo
// and for screenshots, through CaseRepository::createCase (so the demo obeys every rule a
// real case does and carries a record history). `today` is passed in so dates are
// reproducible. Then adds their capacity, advocacy and risk enablement records
// (DemoLegalRecords.h). Returns false if the store refused a case or a record.
bool populateDemoCaseload(QSqlDatabase db, const QDate& today);

} // namespace alongside::core
