#pragma once

#include "application/PersonalFile.h"
#include "documents/BoardReportPdf.h"
#include "reporting/ReportDashboard.h"

#include <QString>
#include <QStringList>

namespace alongside::core {

// Writing a report's files, the one way the dashboard and `alongside-cli report` both do it. The
// files name no one, but a small team's figures and the people's own words can still point at
// someone, so each goes through writePersonalFile: owner-only, whole or nothing, never silently
// over an existing file.

struct ReportFilesResult {
    QStringList written; // the paths, in the order written
    QString problem;     // one plain sentence when nothing was written
    bool ok() const { return problem.isEmpty(); }
};

// The names of the CSV files a report writes (docs/reporting.md), in order.
QStringList reportCsvFileNames(const ReportDashboard& dashboard);

// Writes every CSV file of the report into `folder` (made if missing): the SG1 tables laid out
// as the return lays them out, SG1f, SG2a-SG4a and the outcome measure. With ExistingFile::Refuse
// nothing is written if any of them is already there (it could be last year's return). All or
// nothing: if one cannot be written, the ones already written are removed again.
ReportFilesResult writeReportCsvFiles(const QString& folder, const ReportDashboard& dashboard,
                                      ExistingFile existing = ExistingFile::Refuse);

// The Board report as a PDF at `path`.
PersonalFileResult writeBoardReport(const QString& path, const ReportDashboard& dashboard,
                                    const BoardReportOptions& options, ExistingFile existing = ExistingFile::Refuse);

} // namespace alongside::core
