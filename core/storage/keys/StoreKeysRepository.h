#pragma once

#include "storage/keys/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace alongside::core {

// The public half of this store's own identity (table store_identity, one row).
struct StoreIdentity {
    QString storeId;          // 32 lowercase hex characters
    QByteArray signingKey;    // Ed25519 public key
    QByteArray encryptionKey; // X25519 public key
    QDateTime createdAt;
};

// This store's identity: a random store id, an Ed25519 signing key pair (bundles it makes, and
// the record of who wrote what) and an X25519 key pair (bundles sealed to it). Made once, by
// libsodium, when the store reaches schema step 8, inside the encrypted store, and never
// changed. The secret halves leave the store only into guarded memory (SecretColumn.h), for
// as long as one signature or one bundle needs them.
class StoreKeysRepository {
public:
    explicit StoreKeysRepository(QSqlDatabase db);

    std::optional<StoreIdentity> identity() const;
    // libsodium's 64-byte Ed25519 secret key; empty if the store has none.
    SecretBytes signingSecret() const;
    // The 32-byte X25519 secret key; empty if the store has none.
    SecretBytes encryptionSecret() const;

    // Generates the identity and writes it (schema step 8). Returns an empty string, or why
    // not. Called inside the step's transaction, so a store never has half an identity.
    static QString create(QSqlDatabase& db, const QDateTime& now);

private:
    QSqlDatabase m_db;
};

} // namespace alongside::core
