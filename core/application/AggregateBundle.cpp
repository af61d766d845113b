#include "application/AggregateBundle.h"
#include "application/TeamText.h"

#include "application/TeamKeys.h"
#include "bundles/BundleWriter.h"
#include "reporting/AggregatePayload.h"
#include "reporting/ReportRepository.h"
#include "storage/repositories/OpenedAggregateRepository.h"
#include "storage/repositories/StoreWrite.h"

namespace alongside::core {

namespace {

QString nameOf(const PublicKeys& keys)
{
    return keys.name.isEmpty() ? TeamText::tr("a colleague with no name set") : keys.name;
}

// "2025-26", as the SAC names its years.
QString yearName(int year)
{
    return QStringLiteral("%1-%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
}

// This version's tables, to read a payload against: every label of every table. Any period
// gives them; one with nothing in it is quickest.
ReportDashboard tableShapes(const QSqlDatabase& db)
{
    ReportRepository reports(db);
    reports.countOwnCasesOnly();
    return reports.dashboard(reportingYear(2000));
}

QString figuresSummary(int year, int enquiries)
{
    // Spelt out, not %n: the plural forms come from a catalogue only the lead refreshes.
    return enquiries == 1
        ? TeamText::tr("figures for %1: 1 concluded s.42 enquiry").arg(yearName(year))
        : TeamText::tr("figures for %1: %2 concluded s.42 enquiries").arg(yearName(year)).arg(enquiries);
}

} // namespace

int lastEndedReportingYear(const QDate& today)
{
    // The year ending 31 March this calendar year has ended once April comes.
    return today.month() >= 4 ? today.year() - 1 : today.year() - 2;
}

MakeBundleResult makeAggregateBundle(QSqlDatabase db, const AggregateBundleRequest& request)
{
    if (auto refusal = refusedBeforePayload(db, request.recipients))
        return std::move(*refusal);

    ReportDashboard figures;
    try {
        ReportRepository reports(db);
        reports.countOwnCasesOnly(); // never pass on another team's figures as this team's
        figures = reports.dashboard(reportingYear(request.reportingYear));
    } catch (const ReportFailed& failed) {
        MakeBundleResult result;
        result.outcome = MakeBundleOutcome::StoreRefused;
        result.message = failed.message;
        return result;
    }
    const OutgoingBundle bundle{BundleKind::Aggregate, QLatin1String(aggregatepayload::kFormatName),
                                aggregatepayload::kVersion,
                                writeAggregatePayload(request.reportingYear, figures),
                                figuresSummary(request.reportingYear, figures.outcomes.enquiries)};
    MakeBundleResult result = sealAndWrite(db, bundle, request.recipients, request.outPath, request.existing,
                                           request.madeBy, request.now);
    if (result.ok())
        result.message = TeamText::tr("Made an aggregate bundle (%1) for %2.")
                             .arg(bundle.summary, recipientNames(request.recipients));
    return result;
}

bool checkAggregatePayload(const QSqlDatabase& db, const QByteArray& payload, BundleOpening& opening)
{
    if (opening.manifest.payloadFormat != QLatin1String(aggregatepayload::kFormatName)
        || opening.manifest.payloadVersion > aggregatepayload::kVersion) {
        opening.refusal = BundleRefusal::NewerFormat;
        opening.message = TeamText::tr(
            "The figures in this bundle are in a newer format. Update Alongside to open it.");
        return false;
    }
    AggregateReading reading;
    try {
        reading = readAggregatePayload(payload, tableShapes(db));
    } catch (const ReportFailed& failed) {
        opening.refusal = BundleRefusal::StoreRefused;
        opening.message = failed.message;
        return false;
    }
    if (!reading.ok()) {
        opening.problems = reading.problems;
        opening.refusal = BundleRefusal::CasesRefused;
        opening.message = TeamText::tr(
            "The figures in this bundle cannot be read (%n problem(s)). Nothing was changed.", nullptr,
            int(reading.problems.size()));
        return false;
    }
    opening.message = figuresSummary(reading.year, reading.enquiries);
    return true;
}

BundleOpening openAggregateBundle(QSqlDatabase db, BundleOpening opening, const QByteArray& payload,
                                  OpenedBundleRecord record)
{
    const AggregateReading reading = readAggregatePayload(payload, tableShapes(db));
    record.summary = figuresSummary(reading.year, reading.enquiries);
    const PublicKeys& sender = opening.manifest.sender;
    try {
        WriteTransaction transaction(db);
        BundleLedgerRepository(db).recordOpened(record);
        OpenedAggregateRepository(db).record({record.bundleId, sender.storeId, sender.name, sender.team,
                                              record.sequence, record.madeAt, reading.year, reading.enquiries,
                                              payload});
        transaction.commit();
    } catch (const WriteRefused& refusal) {
        opening.refusal = BundleRefusal::StoreRefused;
        opening.message = refusal.message;
        return opening;
    }
    opening.imported = {record.summary};
    opening.message =
        TeamText::tr("Opened %1 from %2 (%3), made on %4. The figures for that year now count them in.")
            .arg(record.summary, nameOf(sender),
                 sender.team.isEmpty() ? TeamText::tr("no team given") : sender.team,
                 opening.manifest.madeAt.toLocalTime().date().toString(QStringLiteral("d MMMM yyyy")));
    return opening;
}

} // namespace alongside::core
