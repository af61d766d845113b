#pragma once

#include "reporting/OutcomeMeasure.h"
#include "reporting/PeoplesWords.h"
#include "reporting/ReportPeriod.h"
#include "reporting/SacDemographics.h"
#include "reporting/SacTable.h"

#include <QDateTime>
#include <QString>

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

// A team's aggregate bundle whose figures are counted in (docs/bundles.md): the Board's figures
// say which teams' figures they include and how many enquiries each brought.
struct FiguresFromBundle {
    QString team;   // the sender's team, as in the signed manifest
    QString sender; // the sender's name
    qint64 sequence = 0;
    QDateTime madeAt;
    int enquiries = 0; // concluded s.42 enquiries it counts
    QString bundleId;
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
    // Teams' aggregate bundles counted in with this store's own cases (the Board's store). When
    // there are any, small numbers are shown suppressed wherever these figures are shown
    // (reporting/SmallNumbers.h).
    std::vector<FiguresFromBundle> fromBundles;
    bool includesBundles() const { return !fromBundles.empty(); }
};

} // namespace alongside::core
