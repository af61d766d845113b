#pragma once

#include "reporting/OutcomeMeasure.h"
#include "reporting/PeoplesWords.h"
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
    static QByteArray outcomeMeasure(const OutcomeMeasure& measure);
    static QByteArray peoplesWords(const std::vector<PeoplesWords>& words);

    // Writes "<key>.csv" for every table, plus "outcome-measure.csv", into `folder` (created if
    // missing). Returns the files written; on failure, an empty list and `error` says why.
    static QStringList writeAll(const QString& folder, const std::vector<SacTable>& tables,
                                const OutcomeMeasure& measure, QString* error);
};

} // namespace alongside::core
