#pragma once

#include "reporting/ReportCount.h"

#include <QString>

#include <optional>
#include <vector>

namespace alongside::core {

// One table of the Safeguarding Adults Collection (NHS England / DHSC; docs/reporting.md),
// counted per enquiry as SAC counts: one per distinct category, so an enquiry with two types of
// risk counts once in each (docs/reporting.md says exactly which enquiries each table counts).
struct SacTable {
    QString key;    // unique, also the CSV's file name: "SG2a", "SG2b-location", "SG2b-source",
                    // "SG2c", "SG2e", "SG3a", "SG4a-asked", "SG4a-achieved"
    QString code;   // as published: "SG2b" (two tables share a code)
    QString title;  // "Location of risk"
    QString counts; // what is counted, one plain sentence
    std::vector<ReportCount> rows; // every published label in published order, zero rows included
    int total = 0;                 // sum of the published rows (an enquiry in two rows counts twice)
    // SG2a and SG2b: an enquiry counts once in each category that applies ("multiple counts are
    // permitted"); every other table has one answer per enquiry.
    bool manyPerEnquiry = false;
    int enquiries = 0; // distinct enquiries in the table's scope (notRecorded included)
    std::vector<qint64> enquiryIds;
    // Sub-counts of one row, not part of the total. SG3a: of the "Yes, they lacked capacity",
    // supported by an advocate, family or friend / not supported / not recorded.
    std::vector<ReportCount> ofWhich;
    // Only where the published labels have no "Not recorded": enquiries in scope with no
    // answer (SG2e: action taken but the risk outcome not recorded). Shown beside the table,
    // never inside its published rows.
    std::optional<ReportCount> notRecorded;
};

} // namespace alongside::core
