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

std::optional<MakeBundleResult> refusedBeforePayload(const QSqlDatabase& db,
                                                     const std::vector<TeamMemberKey>& recipients)
{
    if (recipients.empty())
        return refused(MakeBundleOutcome::NoRecipients,
                       TeamText::tr("Choose at least one colleague to send the bundle to."));
    if (const auto problem = checkRecipients(db, recipients))
        return refused(MakeBundleOutcome::RecipientNotTrusted, *problem);
    if (!myKeys(db))
        return refused(MakeBundleOutcome::StoreRefused,
                       TeamText::tr("This store has no keys to sign a bundle with."));
    return std::nullopt;
}

MakeBundleResult sealAndWrite(QSqlDatabase db, const OutgoingBundle& bundle,
                              const std::vector<TeamMemberKey>& recipients, const QString& outPath,
                              ExistingFile existing, const QString& madeBy, const QDateTime& now)
{
    const auto mine = myKeys(db);
    if (!mine)
        return refused(MakeBundleOutcome::StoreRefused,
                       TeamText::tr("This store has no keys to sign a bundle with."));
    MakeBundleResult result;
    result.bundleId = newBundleId();
    try {
        WriteTransaction transaction(db);
        const BundleLedgerRepository ledger(db);
        result.sequence = ledger.nextSequence();

        BundleManifest manifest;
        manifest.bundleId = result.bundleId;
        manifest.kind = bundle.kind;
        manifest.madeAt = now;
        manifest.sequence = result.sequence;
        manifest.sender = mine->keys;
        for (const TeamMemberKey& recipient : recipients)
            manifest.recipients.push_back(recipient.keys);
        manifest.payloadFormat = bundle.payloadFormat;
        manifest.payloadVersion = bundle.payloadVersion;
        const QByteArray sealed = makeBundle(manifest, bundle.payload,
                                             StoreKeysRepository(db).signingSecret());

        ledger.recordSent({result.bundleId, bundleKindName(bundle.kind), result.sequence, madeBy, now,
                           recipientList(recipients), bundle.summary});
        const PersonalFileResult written = writePersonalFile(outPath, sealed, existing);
        if (!written.written)
            return refused(MakeBundleOutcome::FileRefused, written.problem);
        try {
            transaction.commit();
        } catch (const WriteRefused& refusal) {
            // The store could not record it: take the file back, so nothing half-done is left.
            QFile::remove(outPath);
            return refused(MakeBundleOutcome::StoreRefused, refusal.message);
        }
    } catch (const WriteRefused& refusal) {
        return refused(MakeBundleOutcome::StoreRefused, refusal.message);
    }
    result.outcome = MakeBundleOutcome::Made;
    return result;
}

QString recipientNames(const std::vector<TeamMemberKey>& recipients)
{
    return recipientList(recipients).replace(u'\n', QStringLiteral(", "));
}

MakeBundleResult makeCasesBundle(QSqlDatabase db, const CasesBundleRequest& request)
{
    if (auto refusal = refusedBeforePayload(db, request.recipients))
        return std::move(*refusal);

    const CaseRepository cases(db, request.madeBy);
    const CaseExportResult exported = request.allCases ? exportAllCases(cases)
                                                       : exportCases(cases, request.caseReferences);
    if (!exported.ok())
        return refused(MakeBundleOutcome::NoCases, exported.error);

    const OutgoingBundle bundle{BundleKind::Cases, caseformat::kFormatName, caseformat::kVersion,
                                exported.json, exported.references.join(QStringLiteral(", "))};
    MakeBundleResult result = sealAndWrite(db, bundle, request.recipients, request.outPath, request.existing,
                                           request.madeBy, request.now);
    if (!result.ok())
        return result;
    result.cases = exported.references;
    result.message = TeamText::tr("Made a bundle of %n case(s) for %1.", nullptr, int(result.cases.size()))
                         .arg(recipientNames(request.recipients));
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
