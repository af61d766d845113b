#pragma once

#include "reporting/OutcomeMeasure.h"
#include "reporting/SacDemographics.h"
#include "reporting/SacTable.h"

#include <QJsonObject>

#include <vector>

namespace alongside::core {

// The report figures as JSON (alongside-cli report; docs/cli.md): counts only, no case ids,
// no names. Labels are the published SAC labels, verbatim.
QJsonObject sacTablesJson(const ReportPeriod& period, const std::vector<SacTable>& tables);
// SG1: {"individuals": n, "tables": [{key, code, title, counts, columns: [{heading, rows, total,
// notRecorded?, ofWhich?}]}], "activity": <SG1f as a table>}.
QJsonObject demographicsJson(const SacDemographics& demographics);
QJsonObject outcomeMeasureJson(const OutcomeMeasure& measure);

} // namespace alongside::core
