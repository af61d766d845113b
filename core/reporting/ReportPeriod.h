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
};

} // namespace alongside::core
