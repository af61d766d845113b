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
//   E1  Physical + Financial; Own Home and In the Community; Known to individual and Service
//       Provider; identified, action; Risk reduced;
//       capacity no; asked, expressed; one outcome in their words, revised, Fully; seen alone
//       within 24 hours.
//   E2  Neglect; Care Home – Residential; Service Provider; identified, action; risk outcome not
//       recorded; lacked capacity, supported; expressed: their words (Fully) and an advocate's
//       (Not) → Partially; concern with no time, spoken with late on the next day (within);
//       advocacy required, referred.
//   E3  Physical + Psychological + Domestic (three types); Own Home; source not recorded; no
//       risk, no action; lacked capacity, not supported; asked, none expressed; seen alone but
//       30 minutes after the 24 hours; advocacy required, not referred.
//   E4  Financial; location not recorded; Unknown to individual; risk assessment outcome not
//       recorded; capacity not recorded; asked not recorded; never spoken with. Closed on the
//       last day of the year.
//   E5  Self-Neglect; Other; Known to individual; inconclusive, action; Risk removed; capacity
//       don't know; not asked ("No"); concern before the year, closed on its first day; seen
//       alone within 24 hours.
//   E6  Sexual Exploitation; Hospital – Mental Health; Service Provider and Unknown to individual;
//       identified, action;
//       Risk remained; lacked capacity, support not recorded; expressed: two outcomes in their
//       words, neither achievement recorded; spoken with 3 days on; advocacy required at first,
//       then not (the latest check counts).
//   E7  Organisational; Care Home – Nursing; Service Provider; ceased at their request;
//       lacked capacity, supported; expressed through a best-interests decision, Not achieved;
//       within 24 hours, not alone; advocacy required, referred.
//   E8  Modern Slavery + Sexual Abuse; In the Community and Other; Unknown to individual; no risk,
//       action;
//       Risk reduced; capacity no; "Don't Know"; spoken with exactly 24 hours on (within).
// At closure (feel safer; the experience questions, and who answered): E1 yes, the person,
//   listened to and involved; E2 partly, a family member for her, listened to, partly involved;
//   E3 no, the person, partly listened to, not involved; E6 yes, her IMCA, not listened to,
//   involved not asked; E5 and E7 yes, nobody asked the rest; E4 and E8 not asked at all.
// Not counted:
//   X1 concluded s.42 closed the day before the year; X2 closed the day after it; X3 an s.42
//   enquiry still open; X4 an "other" (non-s.42) enquiry closed in the year; X5 "no enquiry",
//   closed in the year; X6 a concern with no decision yet. Each has answers (risk types, "Yes"
//   to capacity, outcomes expressed, Fully achieved…) that would show if they were counted.
//
// SG1 (concerns raised and enquiries begun in the year, and the adults involved, each once)
// counts a different set: every case above whose concern arrived in the year or whose
// enquiry began in it (so not E5, X1), and S1-S6, none concluded:
//   S1  Dora (E1) again: her NHS number under another spelling of her name; a second s.42
//       enquiry. One individual; her later case says White, where E1 said Undeclared.
//   S2  a concern from before the year, its s.42 enquiry begun in the year (enquiries only).
//   S3  a concern on the last day of the year; S4 one the day after (not counted).
//   S5  someone under 18 on the last day of the year (beside SG1a, not in its bands).
//   S6  Olu (X4) again by names and day of birth (no NHS number): an other enquiry.
// X5 shares E3's names but not her day of birth: someone else. Ages on 31 March 2026 sit on
// the band edges: E2 64 (65 the next day), E8 65 exactly, E7 94, E3 96. X6 has no date of
// birth; E4 has no gender, ethnicity or support reason recorded. Details: ReportFixture.cpp.
struct ReportFixture {
    ReportFixture(const QSqlDatabase& db);

    core::ReportPeriod year{QDate(2025, 4, 1), QDate(2026, 3, 31)};
    std::map<QString, qint64> ids; // "E1" → case id

    // The case ids of the named cases, ascending.
    std::vector<qint64> idsOf(const std::vector<const char*>& names) const;
};

} // namespace alongside::test
