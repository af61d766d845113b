#pragma once

#include "reporting/OutcomeMeasure.h"
#include "reporting/PeoplesWords.h"
#include "reporting/SacDemographics.h"
#include "reporting/SacTable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace alongside::core {

// CSV as RFC 4180 describes it (CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled), in UTF-8 with a byte-order mark so Excel reads "–" and "’" right.
// SAC tables keep the published labels as their row names, so a file can be checked against
// the return line by line.
class CsvWriter {
public:
    // One line, without the line end.
    static QByteArray line(const QStringList& fields);

    // Header "Category,Enquiries"; one row per published label; "Total"; then the table's
    // sub-counts and its "Not recorded" where it has them (docs/reporting.md).
    static QByteArray table(const SacTable& table);
    // An SG1 table as the return lays it out: the labels down the side, the three columns
    // across (header "SG1a: Age band", then the column headings), "Total", then the lines
    // shown beside the table (not published rows), each with its three numbers.
    static QByteArray columnsTable(const SacColumnsTable& table);
    static QByteArray outcomeMeasure(const OutcomeMeasure& measure);
    static QByteArray peoplesWords(const std::vector<PeoplesWords>& words);

    // Every file of a report, by file name: "<key>.csv" for each SG1 and SG2-SG4 table and
    // "outcome-measure.csv". The caller writes them (core/application/ReportFiles.h).
    static std::vector<std::pair<QString, QByteArray>> files(const SacDemographics& demographics,
                                                             const std::vector<SacTable>& tables,
                                                             const OutcomeMeasure& measure);
};

} // namespace alongside::core
