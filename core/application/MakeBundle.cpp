#include "application/MakeBundle.h"
#include "application/TeamText.h"

#include "application/TeamKeys.h"
#include "bundles/BundleWriter.h"
#include "codecs/CaseFormat.h"
#include "exchange/CaseExport.h"
#include "keys/PublicKeyFile.h"
#include "storage/keys/StoreKeysRepository.h"
#include "storage/repositories/BundleLedgerRepository.h"
#include "storage/repositories/CaseRepository.h"
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

// Each recipient as trusted now (a key revoked since the list was shown is refused).
std::optional<QString> checkRecipients(const QSqlDatabase& db, const std::vector<TeamMemberKey>& recipients)
{
    const TeamKeyRepository team(db);
    for (const TeamMemberKey& recipient : recipients) {
        const auto stored = team.findBySigningKey(recipient.keys.signingKey);
        if (!stored || stored->keys.encryptionKey != recipient.keys.encryptionKey)
            return TeamText::tr("The keys of %1 are not trusted in this store. Trust them first (File, Team "
                                "members and keys).")
                .arg(nameOf(recipient.keys));
        if (stored->revoked())
            return TeamText::tr("The keys of %1 were revoked on %2, so nothing can be sent to them.")
                .arg(nameOf(recipient.keys),
                     stored->revokedAt.date().toString(QStringLiteral("d MMMM yyyy")));
    }
    return std::nullopt;
}

QString recipientList(const std::vector<TeamMemberKey>& recipients)
{
    QStringList lines;
    for (const TeamMemberKey& recipient : recipients)
        lines << QStringLiteral("%1 (%2)").arg(nameOf(recipient.keys), recipient.fingerprint);
    return lines.join(u'\n');
}

} // namespace

MakeBundleResult makeCasesBundle(QSqlDatabase db, const CasesBundleRequest& request)
{
    if (request.recipients.empty())
        return refused(MakeBundleOutcome::NoRecipients,
                       TeamText::tr("Choose at least one colleague to send the bundle to."));
    if (const auto problem = checkRecipients(db, request.recipients))
        return refused(MakeBundleOutcome::RecipientNotTrusted, *problem);
    const auto mine = myKeys(db);
    if (!mine)
        return refused(MakeBundleOutcome::StoreRefused,
                       TeamText::tr("This store has no keys to sign a bundle with."));

    const CaseRepository cases(db, request.madeBy);
    const CaseExportResult exported = request.allCases ? exportAllCases(cases)
                                                       : exportCases(cases, request.caseReferences);
    if (!exported.ok())
        return refused(MakeBundleOutcome::NoCases, exported.error);

    MakeBundleResult result;
    result.cases = exported.references;
    result.bundleId = newBundleId();
    try {
        WriteTransaction transaction(db);
        const BundleLedgerRepository ledger(db);
        result.sequence = ledger.nextSequence();

        BundleManifest manifest;
        manifest.bundleId = result.bundleId;
        manifest.kind = BundleKind::Cases;
        manifest.madeAt = request.now;
        manifest.sequence = result.sequence;
        manifest.sender = mine->keys;
        for (const TeamMemberKey& recipient : request.recipients)
            manifest.recipients.push_back(recipient.keys);
        manifest.payloadFormat = caseformat::kFormatName;
        manifest.payloadVersion = caseformat::kVersion;
        const QByteArray bundle = makeBundle(manifest, exported.json,
                                             StoreKeysRepository(db).signingSecret());

        ledger.recordSent({result.bundleId, bundleKindName(BundleKind::Cases), result.sequence,
                           request.madeBy, request.now, recipientList(request.recipients),
                           result.cases.join(QStringLiteral(", "))});
        const PersonalFileResult written = writePersonalFile(request.outPath, bundle, request.existing);
        if (!written.written)
            return refused(MakeBundleOutcome::FileRefused, written.problem);
        try {
            transaction.commit();
        } catch (const WriteRefused& refusal) {
            // The store could not record it: take the file back, so nothing half-done is left.
            QFile::remove(request.outPath);
            return refused(MakeBundleOutcome::StoreRefused, refusal.message);
        }
    } catch (const WriteRefused& refusal) {
        return refused(MakeBundleOutcome::StoreRefused, refusal.message);
    }
    result.outcome = MakeBundleOutcome::Made;
    result.message = TeamText::tr("Made a bundle of %n case(s) for %1.", nullptr, int(result.cases.size()))
                         .arg(recipientList(request.recipients).replace(u'\n', QStringLiteral(", ")));
    return result;
}

RecipientLookup trustedRecipient(const QSqlDatabase& db, const QByteArray& publicKeyFile)
{
    const PublicKeyFileContents file = readPublicKeyFile(publicKeyFile);
    if (!file.ok())
        return {std::nullopt, file.problem, true};
    const auto stored = TeamKeyRepository(db).findBySigningKey(file.keys.signingKey);
    if (!stored || stored->keys.encryptionKey != file.keys.encryptionKey)
        return {std::nullopt,
                TeamText::tr("The keys of %1 (fingerprint %2) are not trusted in this store. Check the "
                             "fingerprint with them and trust the keys first.")
                    .arg(nameOf(file.keys), file.fingerprint),
                false};
    if (stored->revoked())
        return {std::nullopt,
                TeamText::tr("The keys of %1 were revoked on %2, so nothing can be sent to them.")
                    .arg(nameOf(file.keys), stored->revokedAt.date().toString(QStringLiteral("d MMMM yyyy"))),
                false};
    return {stored, {}, false};
}

} // namespace alongside::core
