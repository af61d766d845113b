#pragma once

#include "reporting/ReportDashboard.h"

#include <QJsonValue>
#include <QString>

namespace alongside::core {

// Small numbers in the Board's figures (docs/reporting.md, "Small numbers"). When the figures
// count in teams' aggregate bundles, they leave the teams for the Board and may be published, so
// they are shown as NHS England publishes the Safeguarding Adults Collection: a count from 1 to
// 4 is shown as "[c]" (suppressed), every other count rounded to the nearest 5 (so a suppressed
// count cannot be worked out from a total), 0 as 0. Percentages are of the numbers shown; none
// where either is suppressed. The counts themselves are kept exact (the Board adds teams' exact
// counts); only what is shown changes.
namespace smallnumbers {
inline constexpr int kSuppressed = -1; // a count shown as kMark
inline constexpr int kLargestSuppressed = 4;
inline constexpr int kRoundTo = 5;
inline const QString kMark = QStringLiteral("[c]");
} // namespace smallnumbers

// The count as shown to the Board: 0, kSuppressed, or rounded to the nearest 5 (halves up).
int countShownToBoard(int count);
// The figures as shown to the Board when they include teams' bundles; unchanged otherwise.
ReportDashboard shownFigures(ReportDashboard figures);

// For renderers: "[c]" for a suppressed count, the number otherwise.
QString shownCountText(int count);
QJsonValue shownCountJson(int count);

} // namespace alongside::core
