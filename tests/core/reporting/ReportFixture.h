#pragma once

#include "reporting/ReportPeriod.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <vector>

namespace alongside::test {

// A small, hand-counted store for the reporting tests, built through the repositories as the
// app builds cases. The reporting year 1 April 2025 – 31 March 2026.
//
// Concluded s.42 enquiries closed in the year (counted): E1…E8.
//   E1  Physical + Financial; Own Home; Known to Individual; identified, action; Risk reduced;
//       capacity no; asked, expressed; one outcome in their words, revised, Fully; seen alone
//       within 24 hours.
//   E2  Neglect; Care Home – Residential; Service Provider; identified, action; risk outcome not
//       recorded; lacked capacity, supported; expressed: their words (Fully) and an advocate's
//       (Not) → Partially; concern with no time, spoken with late on the next day (within);
//       advocacy required, referred.
//   E3  Physical + Psychological + Domestic (three types); Own Home; source not recorded; no
//       risk, no action; lacked capacity, not supported; asked, none expressed; seen alone but
//       30 minutes after the 24 hours; advocacy required, not referred.
//   E4  Financial; location not recorded; Unknown to Individual; risk assessment outcome not
//       recorded; capacity not recorded; asked not recorded; never spoken with. Closed on the
//       last day of the year.
//   E5  Self-Neglect; Other; Known to Individual; inconclusive, action; Risk removed; capacity
//       don't know; not asked ("No"); concern before the year, closed on its first day; seen
//       alone within 24 hours.
//   E6  Sexual Exploitation; Hospital – Mental Health; Service Provider; identified, action;
//       Risk remained; lacked capacity, support not recorded; expressed: two outcomes in their
//       words, neither achievement recorded; spoken with 3 days on; advocacy required at first,
//       then not (the latest check counts).
//   E7  Organisational; Care Home – Nursing; Service Provider; ceased at their request;
//       lacked capacity, supported; expressed through a best-interests decision, Not achieved;
//       within 24 hours, not alone; advocacy required, referred.
//   E8  Modern Slavery + Sexual Abuse; In the Community; Unknown to Individual; no risk, action;
//       Risk reduced; capacity no; "Don't Know"; spoken with exactly 24 hours on (within).
// Not counted:
//   X1 concluded s.42 closed the day before the year; X2 closed the day after it; X3 an s.42
//   enquiry still open; X4 an "other" (non-s.42) enquiry closed in the year; X5 "no enquiry",
//   closed in the year; X6 a concern with no decision yet. Each has answers (risk types, "Yes"
//   to capacity, outcomes expressed, Fully achieved…) that would show if they were counted.
struct ReportFixture {
    ReportFixture(const QSqlDatabase& db);

    core::ReportPeriod year{QDate(2025, 4, 1), QDate(2026, 3, 31)};
    std::map<QString, qint64> ids; // "E1" → case id

    // The case ids of the named cases, ascending.
    std::vector<qint64> idsOf(const std::vector<const char*>& names) const;
};

} // namespace alongside::test
