#pragma once

#include "reporting/ReportPeriod.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <vector>

namespace alongside::core::reportsql {

// Internal to core/reporting: what every report query shares.

// The enquiries every SAC table and the outcome measure start from, as SQL: `x` is the closure,
// `c` the case, `d` its s.42 decision. Queries put their own joins between `from` and `where`,
// and may add " AND …" after `where`; `binds` are the values of `where`'s placeholders.
struct EnquiryScope {
    QString from;
    QString where;
    QVariantList binds;
};

// Concluded s.42 enquiries (Care Act 2014 s.42(2)) whose closing day is in the period, both
// ends included. The closure is written in one go with safeguarding_case.closed_on, the same
// day. The scan starts from the closures (CROSS JOIN fixes the order; SQLite has no statistics
// to choose it): the smallest of the three tables, and the cases closed in one period sit close
// together, since ids follow the order concerns arrive.
EnquiryScope concludedEnquiries(const ReportPeriod& period);

// The same enquiries gathered once into an in-memory temporary table, so the dashboard's ten
// queries look them up by id instead of each scanning every closure: gather() before, and
// release() after (drops the table; nothing stays behind).
EnquiryScope gatheredEnquiries();
void gather(const QSqlDatabase& db, const ReportPeriod& period);
void release(const QSqlDatabase& db);

// Prepares, binds and runs a read-only query; throws ReportFailed when SQLite refuses it.
QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// The ids of a group_concat(id), ascending, each once. Empty for NULL.
std::vector<qint64> idList(const QVariant& concatenated);

} // namespace alongside::core::reportsql
