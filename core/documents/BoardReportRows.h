#pragma once

#include "documents/BoardReportCanvas.h"
#include "reporting/OutcomeMeasure.h"
#include "reporting/SacDemographics.h"
#include "reporting/SacTable.h"

#include <vector>

namespace alongside::core::boardreport {

// The rows of the Board report's tables, from the figures (and the period before's, where
// given). Pure: no painting, so what each row says can be tested without a PDF.
//
// Percentages are of the enquiries with an answer recorded: an answer that was never recorded
// is not a "no", so it is shown as its own line beside the percentages, never inside them, and
// a table with nothing recorded shows "–", not 0%. A percentage of fewer than 10 is marked
// (smallBase): one enquiry moves it by ten points or more.

std::vector<BoardReportRow> outcomeRows(const OutcomeMeasure& measure, const OutcomeMeasure* before);
std::vector<BoardReportRow> tableRows(const SacTable& table, const SacTable* before);
// SG1a-SG1e: the section 42 column with its share and bar; the other two columns in the note.
std::vector<BoardReportRow> columnsRows(const SacColumnsTable& table);
// SG1f: the counts, with the period before's.
std::vector<BoardReportRow> activityRows(const SacTable& activity, const SacTable* before);

// The enquiries of `table` that have an answer recorded (the base of its percentages).
int answeredBase(const SacTable& table);
bool anySmallBase(const std::vector<BoardReportRow>& rows);

} // namespace alongside::core::boardreport
