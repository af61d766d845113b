#include "ReportCommand.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "documents/BoardReportPdf.h"
#include "reporting/CsvWriter.h"
#include "reporting/ReportJson.h"
#include "reporting/ReportRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace alongside::cli {

namespace {

core::ReportPeriod periodOf(const CliArguments& arguments)
{
    return {QDate::fromString(arguments.reportFrom, Qt::ISODate),
            QDate::fromString(arguments.reportTo, Qt::ISODate)};
}

// Like export and letter, a report never writes over a file that is already there: it could
// be last year's return.
CommandResult refuseExisting(const QString& path)
{
    return {
        ExitCode::NotFoundOrExists,
        CliText::tr("%1 already exists; report never overwrites a file").arg(QDir::toNativeSeparators(path)),
        {}};
}

CommandResult checkNothingOverwritten(const CliArguments& arguments,
                                      const std::vector<core::SacTable>& tables)
{
    if (!arguments.pdfPath.isEmpty() && QFile::exists(arguments.pdfPath))
        return refuseExisting(arguments.pdfPath);
    if (arguments.csvFolder.isEmpty())
        return CommandResult::ok();
    const QDir folder(arguments.csvFolder);
    QStringList names{QStringLiteral("outcome-measure.csv")};
    for (const core::SacTable& table : tables)
        names << table.key + QStringLiteral(".csv");
    for (const QString& name : names) {
        if (QFile::exists(folder.filePath(name)))
            return refuseExisting(folder.filePath(name));
    }
    return CommandResult::ok();
}

CommandResult writePdf(const QString& path, const core::ReportDashboard& dashboard)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return file.exists()
            ? refuseExisting(path)
            : CommandResult{ExitCode::Io,
                            CliText::tr("%1 could not be created").arg(QDir::toNativeSeparators(path)),
                            file.errorString()};
    const QByteArray pdf = core::BoardReportPdf(dashboard, {{}, QDate::currentDate()}).bytes();
    if (pdf.isEmpty() || file.write(pdf) != pdf.size() || !file.flush()) {
        const QString why = pdf.isEmpty() ? QStringLiteral("the report could not be drawn")
                                          : file.errorString();
        file.remove();
        return {ExitCode::Io, CliText::tr("%1 could not be written").arg(QDir::toNativeSeparators(path)),
                why};
    }
    return CommandResult::ok();
}

CommandResult reportSac(const CliArguments& arguments, const core::ReportRepository& reports)
{
    const core::ReportPeriod period = periodOf(arguments);
    const bool wantsDashboard = !arguments.pdfPath.isEmpty();
    core::ReportDashboard dashboard;
    if (wantsDashboard) {
        dashboard = reports.dashboard(period);
    } else {
        dashboard.period = period;
        dashboard.tables = reports.sacTables(period);
        if (!arguments.csvFolder.isEmpty())
            dashboard.outcomes = reports.outcomeMeasure(period);
    }
    if (const CommandResult clear = checkNothingOverwritten(arguments, dashboard.tables); clear.failed())
        return clear;

    QJsonObject json = core::sacTablesJson(period, dashboard.tables);
    if (!arguments.csvFolder.isEmpty()) {
        QString error;
        const QStringList files = core::CsvWriter::writeAll(arguments.csvFolder, dashboard.tables,
                                                            dashboard.outcomes, &error);
        if (files.isEmpty())
            return {ExitCode::Io, error, {}};
        QJsonArray written;
        for (const QString& file : files)
            written.append(QDir::toNativeSeparators(file));
        json.insert(QStringLiteral("csvFiles"), written);
    }
    if (wantsDashboard) {
        if (const CommandResult pdf = writePdf(arguments.pdfPath, dashboard); pdf.failed())
            return pdf;
        json.insert(QStringLiteral("pdf"), QDir::toNativeSeparators(arguments.pdfPath));
    }
    printBytes(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return CommandResult::ok();
}

} // namespace

CommandResult runReport(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result;
    const auto store = unlockStore(arguments.storePath, passphrases, &result);
    if (!store)
        return result;
    const core::ReportRepository reports(store->database());
    try {
        if (arguments.reportKind == u"sac")
            return reportSac(arguments, reports);
        printBytes(QJsonDocument(core::outcomeMeasureJson(reports.outcomeMeasure(periodOf(arguments))))
                       .toJson(QJsonDocument::Indented));
        return CommandResult::ok();
    } catch (const core::ReportFailed& failed) {
        return {ExitCode::NotAStoreOrDamaged, failed.message, failed.detail};
    }
}

} // namespace alongside::cli
