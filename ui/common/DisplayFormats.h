#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace alongside::ui {

// Dates as people say them, in the user's locale: "Monday 2 March 2026", "2 Mar 2026, 10:30".
QString longDate(const QDate& date);
QString shortDate(const QDate& date);
QString shortDateTime(const QDateTime& when);
QString shortTime(const QTime& time);

} // namespace alongside::ui
