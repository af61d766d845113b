#include "application/AggregateBundle.h"
#include "application/TeamText.h"

#include "application/TeamKeys.h"
#include "bundles/BundleWriter.h"
#include "reporting/AggregatePayload.h"
#include "reporting/ReportRepository.h"
#include "storage/keys/StoreKeysRepository.h"
#include "storage/repositories/OpenedAggregateRepository.h"
#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/TeamKeyRepository.h"

#include <QFile>

namespace alongside::core {

namespace {

MakeBundleResult refused(MakeBundleOutcome outcome, const QString& message)
{
    MakeBundleResult result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

QString nameOf(const PublicKeys& keys)
{
    return keys.name.isEmpty() ? TeamText::tr("a colleague with no name set") : keys.name;
}

// "2025-26", as the SAC names its years.
QString yearName(int year)
{
    return QStringLiteral("%1-%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString recipientList(const std::vector<TeamMemberKey>& recipients)
{
    QStringList lines;
    for (const TeamMemberKey& recipient : recipients)
        lines << QStringLiteral("%1 (%2)").arg(nameOf(recipient.keys), recipient.fingerprint);
    return lines.join(u'\n');
}

// Each recipient as trusted now: sealed only to keys trusted here and not revoked.
std::optional<QString> untrustedRecipient(const QSqlDatabase& db,
                                          const std::vector<TeamMemberKey>& recipients)
{
    const TeamKeyRepository team(db);
    for (const TeamMemberKey& recipient : recipients) {
        const auto stored = team.findBySigningKey(recipient.keys.signingKey);
        if (!stored || stored->keys.encryptionKey != recipient.keys.encryptionKey || stored->revoked())
            return TeamText::tr("The keys of %1 are not trusted in this store, or were revoked.")
                .arg(nameOf(recipient.keys));
    }
    return std::nullopt;
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
    if (request.recipients.empty())
        return refused(MakeBundleOutcome::NoRecipients,
                       TeamText::tr("Choose at least one colleague to send the bundle to."));
    if (const auto problem = untrustedRecipient(db, request.recipients))
        return refused(MakeBundleOutcome::RecipientNotTrusted, *problem);
    const auto mine = myKeys(db);
    if (!mine)
        return refused(MakeBundleOutcome::StoreRefused,
                       TeamText::tr("This store has no keys to sign a bundle with."));

    ReportDashboard figures;
    try {
        ReportRepository reports(db);
        reports.countOwnCasesOnly(); // never pass on another team's figures as this team's
        figures = reports.dashboard(reportingYear(request.reportingYear));
    } catch (const ReportFailed& failed) {
        return refused(MakeBundleOutcome::StoreRefused, failed.message);
    }
    const QByteArray payload = writeAggregatePayload(request.reportingYear, figures);
    const QString summary = figuresSummary(request.reportingYear, figures.outcomes.enquiries);

    MakeBundleResult result;
    result.bundleId = newBundleId();
    try {
        WriteTransaction transaction(db);
        const BundleLedgerRepository ledger(db);
        result.sequence = ledger.nextSequence();
        BundleManifest manifest;
        manifest.bundleId = result.bundleId;
        manifest.kind = BundleKind::Aggregate;
        manifest.madeAt = request.now;
        manifest.sequence = result.sequence;
        manifest.sender = mine->keys;
        for (const TeamMemberKey& recipient : request.recipients)
            manifest.recipients.push_back(recipient.keys);
        manifest.payloadFormat = QLatin1String(aggregatepayload::kFormatName);
        manifest.payloadVersion = aggregatepayload::kVersion;
        const QByteArray bundle = makeBundle(manifest, payload, StoreKeysRepository(db).signingSecret());
        ledger.recordSent({result.bundleId, bundleKindName(BundleKind::Aggregate), result.sequence,
                           request.madeBy, request.now, recipientList(request.recipients), summary});
        const PersonalFileResult written = writePersonalFile(request.outPath, bundle, request.existing);
        if (!written.written)
            return refused(MakeBundleOutcome::FileRefused, written.problem);
        try {
            transaction.commit();
        } catch (const WriteRefused& refusal) {
            QFile::remove(request.outPath); // nothing half-done left behind
            return refused(MakeBundleOutcome::StoreRefused, refusal.message);
        }
    } catch (const WriteRefused& refusal) {
        return refused(MakeBundleOutcome::StoreRefused, refusal.message);
    }
    result.outcome = MakeBundleOutcome::Made;
    result.message = TeamText::tr("Made an aggregate bundle (%1) for %2.")
                         .arg(summary,
                              recipientList(request.recipients).replace(u'\n', QStringLiteral(", ")));
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
