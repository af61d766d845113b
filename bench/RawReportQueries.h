#pragma once

#include "RawSqlCipher.h"

#include <string>
#include <vector>

namespace alongside::bench {

// The raw side of the reporting rows: for each report, one SQL query written by hand from the
// definitions in docs/reporting.md (not copied from core/reporting), run through the C API
// with the period bound, every column of every row read into std::string. What a careful C
// programmer would write to get each table, with the enquiry ids behind each number.
struct RawReportQuery {
    std::string name; // the table's key: "SG2a", …, "outcome-measure", "peoples-words"
    std::string sql;  // binds: ?1 = first day, ?2 = last day
};

const std::vector<RawReportQuery>& rawReportQueries();

// One result cell per column; NULL as an empty optional.
using RawReportRow = std::vector<std::optional<std::string>>;
std::vector<RawReportRow> runRawReport(RawConnection& raw, const RawReportQuery& query,
                                       const std::string& from, const std::string& to);

} // namespace alongside::bench
