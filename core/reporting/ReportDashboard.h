#pragma once

#include "reporting/OutcomeMeasure.h"
#include "reporting/PeoplesWords.h"
#include "reporting/ReportPeriod.h"
#include "reporting/SacDemographics.h"
#include "reporting/SacTable.h"

#include <optional>
#include <vector>

namespace alongside::core {

// The figures of the period before, beside which the Board report puts this period's.
struct PreviousFigures {
    ReportPeriod period;
    OutcomeMeasure outcomes;
    std::vector<SacTable> tables;
    SacTable activity; // SG1f
};

// Everything the reporting dashboard and the Board report show for one period.
struct ReportDashboard {
    ReportPeriod period;
    OutcomeMeasure outcomes;
    std::vector<SacTable>
        tables; // SG2a, SG2b location, SG2b source, SG2c, SG2e, SG3a, SG4a asked, SG4a achieved
    std::vector<PeoplesWords> peoplesWords;
    SacDemographics demographics; // SG1: a different set of cases (begun, not concluded, in the period)
    std::optional<PreviousFigures> previous; // for the Board report (ReportRepository::boardReport)
};

} // namespace alongside::core
