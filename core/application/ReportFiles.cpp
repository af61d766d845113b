#include "application/ReportFiles.h"

#include "reporting/CsvWriter.h"
#include "storage/store/OwnerOnlyFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace alongside::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("alongside::core::ReportFiles", text);
}

std::vector<std::pair<QString, QByteArray>> csvFiles(const ReportDashboard& dashboard)
{
    return CsvWriter::files(dashboard.demographics, dashboard.tables, dashboard.outcomes);
}

} // namespace

QStringList reportCsvFileNames(const ReportDashboard& dashboard)
{
    QStringList names;
    for (const auto& [name, bytes] : csvFiles(dashboard))
        names << name;
    return names;
}

ReportFilesResult writeReportCsvFiles(const QString& folder, const ReportDashboard& dashboard,
                                      ExistingFile existing)
{
    const QDir dir(folder);
    // A folder made here is its owner's only, like the files in it; one that exists keeps its own.
    if (!dir.exists() && !makeOwnerOnlyFolders(folder))
        return {{},
                tr("Could not make the folder %1. Nothing was saved.").arg(QDir::toNativeSeparators(folder))};
    const std::vector<std::pair<QString, QByteArray>> files = csvFiles(dashboard);
    if (existing == ExistingFile::Refuse) {
        for (const auto& [name, bytes] : files) {
            if (QFile::exists(dir.filePath(name)))
                return {{},
                        tr("%1 already exists in %2. Nothing was saved; choose an empty folder.")
                            .arg(name, QDir::toNativeSeparators(folder))};
        }
    }
    ReportFilesResult result;
    for (const auto& [name, bytes] : files) {
        const QString path = dir.filePath(name);
        const PersonalFileResult written = writePersonalFile(path, bytes, existing);
        if (!written.written) {
            // A half set of figures is worse than none: take back what was written.
            if (existing == ExistingFile::Refuse) {
                for (const QString& done : result.written)
                    QFile::remove(done);
            }
            return {{}, written.problem};
        }
        result.written << path;
    }
    return result;
}

PersonalFileResult writeBoardReport(const QString& path, const ReportDashboard& dashboard,
                                    const BoardReportOptions& options, ExistingFile existing)
{
    const BoardReportPdf report(dashboard, options);
    return writePersonalFile(path, [&report](QIODevice& device) { return report.writeTo(device); }, existing);
}

} // namespace alongside::core
