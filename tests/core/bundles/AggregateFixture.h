#pragma once

#include "TeamFixture.h"

#include "reporting/ReportPeriod.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace alongside::test {

// What a team's cases hold that must never reach the Board: planted in every case that
// plantedCases() writes, and looked for in the aggregate payload.
struct Planted {
    static inline const QString givenName = QStringLiteral("Zebedee");
    static inline const QString familyName = QStringLiteral("Quillfeather");
    static inline const QString address = QStringLiteral("17 Larkspur Mews, Tinworth");
    static inline const QString noteText = QStringLiteral("Planted note: the kettle whistles at midnight");
    static inline const QString reported = QStringLiteral("Planted report: a blue umbrella by the door");
    static QStringList nhsNumbers(); // one per case, each valid and different
    static QStringList isoDates();   // date of birth, concern, decision, conversation, closure (ISO)
    static QStringList references(); // "ZQ-00001" …
};

// Three concluded s.42 enquiries about three different people (none the same person as any in
// ReportFixture), closed in the reporting year 2025-26, each holding the planted values.
void plantedCases(const QSqlDatabase& db, const QString& worker);

inline const int kYear = 2025; // 1 April 2025 to 31 March 2026

// An aggregate bundle of `from`'s figures for `year`, made for `to` (trusted by `from`), written
// to a file in `from`'s folder and read back. REQUIREs success.
QByteArray aggregateBundle(Colleague& from, const std::vector<const Colleague*>& to, int year = kYear);

} // namespace alongside::test
