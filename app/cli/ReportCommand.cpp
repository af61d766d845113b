#include "ReportCommand.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "application/ReportFiles.h"
#include "application/Repositories.h"
#include "reporting/ReportJson.h"
#include "reporting/SmallNumbers.h"

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
// be last year's return. Checked before anything is written, so a refusal writes nothing.
CommandResult refuseExisting(const QString& path)
{
    return {
        ExitCode::NotFoundOrExists,
        CliText::tr("%1 already exists; report never overwrites a file").arg(QDir::toNativeSeparators(path)),
        {}};
}

CommandResult checkNothingOverwritten(const CliArguments& arguments, const core::ReportDashboard& dashboard)
{
    if (!arguments.pdfPath.isEmpty() && QFile::exists(arguments.pdfPath))
        return refuseExisting(arguments.pdfPath);
    if (arguments.csvFolder.isEmpty())
        return CommandResult::ok();
    const QDir folder(arguments.csvFolder);
    for (const QString& name : core::reportCsvFileNames(dashboard)) {
        if (QFile::exists(folder.filePath(name)))
            return refuseExisting(folder.filePath(name));
    }
    return CommandResult::ok();
}

// The Board's figures say which teams' bundles they count in, and how small numbers are shown.
void describeBundles(const core::ReportDashboard& dashboard, QJsonObject& json)
{
    if (!dashboard.includesBundles())
        return;
    QJsonArray bundles;
    for (const core::FiguresFromBundle& from : dashboard.fromBundles)
        bundles.append(QJsonObject{{QStringLiteral("team"), from.team},
                                   {QStringLiteral("sender"), from.sender},
                                   {QStringLiteral("bundle"), from.bundleId},
                                   {QStringLiteral("sequence"), from.sequence},
                                   {QStringLiteral("madeOn"), from.madeAt.date().toString(Qt::ISODate)},
                                   {QStringLiteral("enquiries"), from.enquiries}});
    json.insert(QStringLiteral("fromBundles"), bundles);
    json.insert(
        QStringLiteral("smallNumbers"),
        CliText::tr("These figures count in teams' aggregate bundles: a count from 1 to 4 is shown as "
                    "\"[c]\", every other count rounded to the nearest 5, as NHS England publishes the "
                    "Safeguarding Adults Collection."));
}

CommandResult reportSac(const CliArguments& arguments, const core::ReportRepository& reports)
{
    const core::ReportPeriod period = periodOf(arguments);
    const bool wantsDashboard = !arguments.pdfPath.isEmpty();
    core::ReportDashboard dashboard;
    if (wantsDashboard) {
        dashboard = reports.boardReport(period); // the figures and the period before's beside them
    } else {
        dashboard.period = period;
        dashboard.tables = reports.sacTables(period);
        dashboard.demographics = reports.demographics(period);
        if (!arguments.csvFolder.isEmpty())
            dashboard.outcomes = reports.outcomeMeasure(period);
        dashboard.fromBundles = reports.figuresFromBundles(period);
    }
    if (const CommandResult clear = checkNothingOverwritten(arguments, dashboard); clear.failed())
        return clear;
    dashboard = core::shownFigures(std::move(dashboard));

    QJsonObject json = core::sacTablesJson(period, dashboard.tables);
    json.insert(QStringLiteral("sg1"), core::demographicsJson(dashboard.demographics));
    describeBundles(dashboard, json);
    if (!arguments.csvFolder.isEmpty()) {
        const core::ReportFilesResult files = core::writeReportCsvFiles(arguments.csvFolder, dashboard);
        if (!files.ok())
            return {ExitCode::Io, files.problem, {}};
        QJsonArray written;
        for (const QString& file : files.written)
            written.append(QDir::toNativeSeparators(file));
        json.insert(QStringLiteral("csvFiles"), written);
    }
    if (wantsDashboard) {
        const core::PersonalFileResult pdf = core::writeBoardReport(arguments.pdfPath, dashboard,
                                                                    {{}, QDate::currentDate()});
        if (!pdf.written)
            return {ExitCode::Io, pdf.problem, {}};
        json.insert(QStringLiteral("pdf"), QDir::toNativeSeparators(arguments.pdfPath));
    }
    printBytes(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return CommandResult::ok();
}

} // namespace

CommandResult runReport(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const core::ReportRepository reports = core::Repositories(store->database()).reports();
    try {
        if (arguments.reportKind == u"sac")
            return reportSac(arguments, reports);
        core::ReportDashboard figures;
        figures.outcomes = reports.outcomeMeasure(periodOf(arguments));
        figures.fromBundles = reports.figuresFromBundles(periodOf(arguments));
        figures = core::shownFigures(std::move(figures));
        QJsonObject json = core::outcomeMeasureJson(figures.outcomes);
        describeBundles(figures, json);
        printBytes(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return CommandResult::ok();
    } catch (const core::ReportFailed& failed) {
        return {ExitCode::NotAStoreOrDamaged, failed.message, failed.detail};
    }
}

} // namespace alongside::cli
