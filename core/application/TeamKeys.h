#pragma once

#include "model/TeamMemberKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace alongside::core {

// The keys use cases, written once for the GUI (File → Team members and keys) and the CLI
// (`keys show`, `keys trust`, `keys revoke`).

// This store's public keys as colleagues will see them: the practitioner's name, role and team
// from the store, the fingerprint, and the signed public-key file.
struct MyKeys {
    PublicKeys keys;
    QString fingerprint;
    QByteArray publicKeyFile; // keys/PublicKeyFile.h
};
// Empty if the store has no identity (it always has one from schema step 8 on).
std::optional<MyKeys> myKeys(const QSqlDatabase& db);

enum class TrustOutcome {
    Trusted,
    AlreadyTrusted,      // the same keys were trusted before; nothing changed
    FileRefused,         // not a public-key file, damaged, or changed since it was made
    FingerprintMismatch, // what the colleague read out is not this file's fingerprint
    OwnKeys,             // the file holds this store's own keys
    WasRevoked,          // these keys were revoked here; they are never trusted again
    OtherKeyForStore,    // a different key is trusted for that colleague's store: revoke it first
    StoreRefused,
};

struct TrustResult {
    TrustOutcome outcome = TrustOutcome::FileRefused;
    QString message;   // one plain sentence for the person
    TeamMemberKey key; // as read from the file (and, once trusted, as stored)
    bool ok() const { return outcome == TrustOutcome::Trusted || outcome == TrustOutcome::AlreadyTrusted; }
};

// Reads a public-key file without trusting it: what to show before the fingerprint is checked.
// outcome is Trusted when the file could be trusted, otherwise why not (never writes).
TrustResult checkColleagueKeys(const QSqlDatabase& db, const QByteArray& publicKeyFile);

// Trusts a colleague's keys. `fingerprintHeard` is the fingerprint as the colleague read it out
// from their own Alongside (typed by the person trusting; spaces and dashes do not matter): it
// must match the file's, because the file itself may have been swapped on the way. Records who
// trusted it (`trustedBy`), when (`now`) and the fingerprint checked.
TrustResult trustColleague(QSqlDatabase db, const QByteArray& publicKeyFile, const QString& fingerprintHeard,
                           const QString& trustedBy, const QDateTime& now);

enum class RevokeOutcome { Revoked, NotFound, NotAFingerprint, OwnKeys, AlreadyRevoked, StoreRefused };

struct RevokeResult {
    RevokeOutcome outcome = RevokeOutcome::NotFound;
    QString message;
    TeamMemberKey key;
    bool ok() const { return outcome == RevokeOutcome::Revoked; }
};

// Stops trusting a colleague's keys (a lost laptop, someone who has left): bundles they made
// are refused from now on, and nothing can be sent to them. The key stays listed as revoked.
RevokeResult revokeColleague(QSqlDatabase db, const QString& fingerprint, const QString& revokedBy,
                             const QDateTime& now, const QString& reason = {});

} // namespace alongside::core
