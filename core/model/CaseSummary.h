#pragma once

#include <QDate>
#include <QString>

namespace alongside::core {

// One row of a caseload: enough to recognise the case and decide what to open next.
struct CaseSummary {
    qint64 caseId = 0;
    QString reference;
    QString personName;  // the name the person likes to be called, else given + family name
    QString stage;       // where the work is (concern, enquiry, closed…)
    QDate concernReceivedOn;
    QDate closedOn;      // null while the case is open
    qint64 noteCount = 0;

    // Days from the concern to `today` (or to closure). Pure: "today" is passed in.
    int daysOpen(const QDate& today) const;
};

} // namespace alongside::core
