#pragma once

#include <QString>

#include <vector>

namespace alongside::core {

// One number in a report, with the enquiries behind it, so every figure on the dashboard can
// open the cases it counts (figures serve reflection: the cases are the point).
struct ReportCount {
    QString label; // the published SAC label, verbatim, for SAC rows
    // What the table counts: enquiries (== caseIds.size()), or in SG1a-SG1c individuals, each
    // once however many of the cases behind them there are.
    int count = 0;
    std::vector<qint64> caseIds; // safeguarding_case ids, ascending, each once
};

// "n of m": a count with the number it is a share of.
struct ReportFraction {
    QString key;   // stable, for JSON and CSV: "asked", "seen-alone"…
    QString label; // plain words for people: "Asked about the outcomes they wanted"
    int count = 0;
    int outOf = 0;
    QString outOfLabel; // what the base is: "concluded s.42 enquiries", "of those who expressed outcomes"
    std::vector<qint64> caseIds;

    // 0 when there is nothing to take a share of (never a division by zero), or when either
    // number is suppressed for the Board (reporting/SmallNumbers.h; hasPercent() is false then).
    bool hasPercent() const { return outOf > 0 && count >= 0; }
    double percent() const { return hasPercent() ? 100.0 * count / outOf : 0.0; }
};

} // namespace alongside::core
