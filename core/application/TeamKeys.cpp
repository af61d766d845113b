#include "application/TeamKeys.h"
#include "application/TeamText.h"

#include "keys/KeyFingerprint.h"
#include "keys/PublicKeyFile.h"
#include "storage/keys/StoreKeysRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/TeamKeyRepository.h"

namespace alongside::core {

namespace {

QString day(const QDateTime& moment)
{
    return moment.date().toString(QStringLiteral("d MMMM yyyy"));
}

QString who(const PublicKeys& keys)
{
    return keys.name.isEmpty() ? TeamText::tr("this colleague") : keys.name;
}

TrustResult result(TrustOutcome outcome, const QString& message, const TeamMemberKey& key = {})
{
    return {outcome, message, key};
}

} // namespace

std::optional<MyKeys> myKeys(const QSqlDatabase& db)
{
    const auto identity = StoreKeysRepository(db).identity();
    if (!identity)
        return std::nullopt;
    MyKeys mine;
    mine.keys.storeId = identity->storeId;
    mine.keys.signingKey = identity->signingKey;
    mine.keys.encryptionKey = identity->encryptionKey;
    // Who the keys belong to, as the practitioner describes themselves in this store.
    if (const auto contact = LetterRepository(db, QString()).practitionerContact()) {
        mine.keys.name = contact->name;
        mine.keys.role = contact->role;
        mine.keys.team = contact->team;
    }
    mine.fingerprint = keyFingerprint(mine.keys);
    mine.publicKeyFile = writePublicKeyFile(mine.keys, StoreKeysRepository(db).signingSecret());
    return mine;
}

TrustResult checkColleagueKeys(const QSqlDatabase& db, const QByteArray& publicKeyFile)
{
    const PublicKeyFileContents file = readPublicKeyFile(publicKeyFile);
    if (!file.ok())
        return result(TrustOutcome::FileRefused, file.problem);
    TeamMemberKey key;
    key.keys = file.keys;
    key.fingerprint = file.fingerprint;

    const auto identity = StoreKeysRepository(db).identity();
    if (identity
        && (identity->signingKey == key.keys.signingKey || identity->encryptionKey == key.keys.encryptionKey
            || identity->storeId == key.keys.storeId))
        return result(
            TrustOutcome::OwnKeys,
            TeamText::tr("These are this store's own keys. Trust a colleague's keys here, not your own."),
            key);

    const TeamKeyRepository team(db);
    auto known = team.findBySigningKey(key.keys.signingKey);
    if (!known)
        known = team.findByEncryptionKey(key.keys.encryptionKey);
    if (known && known->revoked())
        return result(
            TrustOutcome::WasRevoked,
            TeamText::tr(
                "These keys of %1 were revoked on %2 by %3, and a revoked key is never trusted again. "
                "Ask %1 for their new public-key file.")
                .arg(who(known->keys), day(known->revokedAt), known->revokedBy),
            *known);
    if (known && known->keys.signingKey == key.keys.signingKey
        && known->keys.encryptionKey == key.keys.encryptionKey)
        return result(TrustOutcome::AlreadyTrusted,
                      TeamText::tr("You already trust these keys of %1 (since %2, checked by %3).")
                          .arg(who(known->keys), day(known->trustedAt), known->trustedBy),
                      *known);
    if (known)
        return result(
            TrustOutcome::FileRefused,
            TeamText::tr("One of these keys is already trusted here with a different partner key. Do not "
                         "trust this file; ask your colleague for their file again."),
            key);
    if (const auto other = team.findLiveForStore(key.keys.storeId))
        return result(
            TrustOutcome::OtherKeyForStore,
            TeamText::tr("You already trust different keys for %1's store (fingerprint %2). If they have "
                         "new keys, revoke the old ones first.")
                .arg(who(other->keys), other->fingerprint),
            key);
    return result(TrustOutcome::Trusted, {}, key);
}

TrustResult trustColleague(QSqlDatabase db, const QByteArray& publicKeyFile, const QString& fingerprintHeard,
                           const QString& trustedBy, const QDateTime& now)
{
    TrustResult checked = checkColleagueKeys(db, publicKeyFile);
    if (checked.outcome != TrustOutcome::Trusted)
        return checked;
    TeamMemberKey key = checked.key;
    const QString heard = normalisedFingerprint(fingerprintHeard);
    if (heard.isEmpty())
        return result(
            TrustOutcome::FingerprintMismatch,
            TeamText::tr("The fingerprint must be the 32 digits %1 reads out from their own Alongside. "
                         "Nothing was trusted.")
                .arg(who(key.keys)),
            key);
    if (heard != key.fingerprint)
        return result(
            TrustOutcome::FingerprintMismatch,
            TeamText::tr(
                "The fingerprint %1 read out does not match this file. Check each group again; if it "
                "still differs, the file may have been swapped or changed on the way: do not trust it. "
                "Nothing was trusted.")
                .arg(who(key.keys)),
            key);
    key.trustedBy = trustedBy;
    key.trustedAt = now;
    const TeamKeyWriteResult written = TeamKeyRepository(db).trust(key);
    if (!written.ok())
        return result(TrustOutcome::StoreRefused, written.error, key);
    key.id = written.id;
    return result(
        TrustOutcome::Trusted,
        TeamText::tr("You now trust %1's keys (fingerprint %2).").arg(who(key.keys), key.fingerprint), key);
}

RevokeResult revokeColleague(QSqlDatabase db, const QString& fingerprint, const QString& revokedBy,
                             const QDateTime& now, const QString& reason)
{
    const QString wanted = normalisedFingerprint(fingerprint);
    if (wanted.isEmpty())
        return {
            RevokeOutcome::NotAFingerprint,
            TeamText::tr("A fingerprint is 32 digits, shown in groups of four (for example 4031 8857 …)."),
            {}};
    if (const auto mine = myKeys(db); mine && mine->fingerprint == wanted)
        return {RevokeOutcome::OwnKeys,
                TeamText::tr(
                    "That is this store's own fingerprint. Revoking is for colleagues' keys; if this laptop "
                    "was lost, your colleagues revoke your keys in their own stores."),
                {}};
    TeamKeyRepository team(db);
    const auto key = team.findByFingerprint(wanted);
    if (!key)
        return {RevokeOutcome::NotFound,
                TeamText::tr("No colleague's keys with the fingerprint %1 are trusted here.").arg(wanted),
                {}};
    if (key->revoked())
        return {RevokeOutcome::AlreadyRevoked,
                TeamText::tr("The keys of %1 were already revoked on %2 by %3.")
                    .arg(who(key->keys), day(key->revokedAt), key->revokedBy),
                *key};
    const TeamKeyWriteResult written = team.revoke(key->id, revokedBy, now, reason);
    if (!written.ok())
        return {RevokeOutcome::StoreRefused, written.error, *key};
    return {
        RevokeOutcome::Revoked,
        TeamText::tr(
            "The keys of %1 are revoked: bundles they make are refused here from now on, and nothing can be "
            "sent to them.")
            .arg(who(key->keys)),
        *team.findByFingerprint(wanted)};
}

} // namespace alongside::core
