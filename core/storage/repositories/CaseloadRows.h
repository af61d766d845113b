#pragma once

#include "model/CaseSummary.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace alongside::core {

// The caseload's summary rows (table caseload_row, schema step 14): one per case, kept true by
// triggers that mark a case stale whenever a row it is made from changes, and by this file,
// which rebuilds the stale rows. Nothing else writes caseload_row.

// Rebuilds every stale row (inside a savepoint, so it joins a write's transaction or makes its
// own). WriteTransaction::commit() calls it before every commit, and the caseload calls it
// before reading, so changes made outside a repository write (an import, a draft, a migration)
// are caught too. Returns an empty string, or what failed (nothing is then changed).
// With `rebuildIndexesFrom` stale cases or more, the summary's indexes are made afresh after
// the rows are written rather than kept up row by row (much faster for many rows).
QString refreshCaseloadRows(const QSqlDatabase& db, int rebuildIndexesFrom = 2000);

// The facts read afresh from the case tables, not from the summary: for the cases in
// `caseIdsSql` (a SELECT of case ids), or every case when it is empty. Open cases first, the
// newest concern first. What the summary must always equal.
std::vector<CaseSummary> freshCaseSummaries(const QSqlDatabase& db, const QString& caseIdsSql = {});

// The columns readCaseloadRow() expects, in its order, for "SELECT <these> FROM caseload_row".
QString caseloadRowColumns();
CaseSummary readCaseloadRow(const QSqlQuery& query);

// A wall-clock moment as the summary stores flag times, so they compare with now as text.
QString wallClockText(const QDate& date, const QTime& time);
// flags_from for a case with a flag raised whatever the time: before every real moment.
extern const QString kRaisedAlways;

} // namespace alongside::core
