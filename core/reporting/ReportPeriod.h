#pragma once

#include <QDate>
#include <QString>

namespace alongside::core {

// The days a report covers, both ends included (a reporting year is 1 April to 31 March).
struct ReportPeriod {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate& day) const { return day.isValid() && from <= day && day <= to; }
    // "1 April 2025 to 31 March 2026" style for headings; ISO for files and JSON.
    QString isoFrom() const { return from.toString(Qt::ISODate); }
    QString isoTo() const { return to.toString(Qt::ISODate); }
    // The period before, to compare with: the financial year before when this is one (1 April
    // to 31 March), otherwise as many days, ending the day before this begins.
    ReportPeriod previous() const
    {
        if (from.month() == 4 && from.day() == 1 && to == from.addYears(1).addDays(-1))
            return {from.addYears(-1), from.addDays(-1)};
        const QDate end = from.addDays(-1);
        return {end.addDays(-from.daysTo(to)), end};
    }
};

} // namespace alongside::core
