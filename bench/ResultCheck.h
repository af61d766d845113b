#pragma once

#include "WorkloadRows.h"

#include <QString>

#include <vector>

namespace alongside::bench {

// Both sides must have read exactly the same values, or the timings compare different work.
// Each returns an empty string when equal, else the first difference.
QString compareCaseloads(const std::vector<RowQt>& driver, const std::vector<RowRaw>& raw);
QString compareCaseFiles(const CaseFileQt& driver, const CaseFileRaw& raw);
QString compareStageCounts(const std::vector<StageCountQt>& driver, const std::vector<StageCountRaw>& raw);

} // namespace alongside::bench
