#pragma once

#include "reporting/ReportPeriod.h"
#include "reporting/SacTable.h"

#include <QString>

#include <optional>

namespace alongside::core::boardreport {

// The words the outcome figures are framed in, shared by the dashboard and the Board report so
// both say the same thing the same way. Figures serve reflection, not league tables: the
// framing says so wherever the numbers appear.

// "1 April 2025 to 31 March 2026" (UK English, as the report is written).
QString periodText(const ReportPeriod& period);
// The financial year (1 April to 31 March) that ended most recently before `today`.
ReportPeriod lastFinancialYear(const QDate& today);
// 1 April of the year `today` falls in, up to `today`.
ReportPeriod financialYearSoFar(const QDate& today);

// count / outOf as a fraction from 0 to 1; nothing when there is nothing to take a share of.
std::optional<double> share(int count, int outOf);
// "24%", "under 1%" for a small non-zero share, "–" when there is no base.
QString percentText(int count, int outOf);

// "SG2a · Type of risk"
QString tableHeading(const SacTable& table);
// The sentence that says the figures are for reflection, not ranking.
QString reflectionLine();
// What is counted, and how (per enquiry, in the period, published labels).
QString whatIsCounted();
// Heading for the sub-counts of one row (SG3a) and the unanswered line beside a table.
QString ofWhichHeading(const SacTable& table);
// A sub-count's line under that heading: SG3a's three, shortened (the heading says "of the Yes").
QString ofWhichLabel(const SacTable& table, const QString& label);
QString notRecordedNote();

// A share of fewer than this many is marked: one enquiry then moves it by ten points or more,
// so the number says more than the percentage (20% can be 1 of 5).
constexpr int kSmallBase = 10;
bool isSmallBase(int outOf);
// The note under a table with a marked percentage.
QString smallNumbersNote();
// "Previous period (1 April 2024 to 31 March 2025)", the comparison column's heading.
QString previousHeading(const ReportPeriod& period);

} // namespace alongside::core::boardreport
