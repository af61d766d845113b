#pragma once

#include "reporting/OutcomeMeasure.h"
#include "reporting/PeoplesWords.h"
#include "reporting/ReportPeriod.h"
#include "reporting/SacTable.h"

#include <vector>

namespace alongside::core {

// Everything the reporting dashboard and the Board report show for one period.
struct ReportDashboard {
    ReportPeriod period;
    OutcomeMeasure outcomes;
    std::vector<SacTable>
        tables; // SG2a, SG2b location, SG2b source, SG2c, SG2e, SG3a, SG4a asked, SG4a achieved
    std::vector<PeoplesWords> peoplesWords;
};

} // namespace alongside::core
