#pragma once

#include <QByteArray>
#include <QString>

namespace alongside::core {

// The public half of a store's identity, as a colleague needs it: which store, the key that
// checks its signatures and the key bundles are sealed to, and the practitioner it belongs to
// as they describe themselves. Nothing here is secret.
struct PublicKeys {
    QString storeId;          // 32 lowercase hexadecimal characters (16 random bytes)
    QByteArray signingKey;    // Ed25519 public key, 32 bytes
    QByteArray encryptionKey; // X25519 public key, 32 bytes
    QString name;             // "Sam Patel"; may be empty if the practitioner has not set it
    QString role;             // "Social worker"
    QString team;             // "Adult Safeguarding Team, Example Borough Council"
};

} // namespace alongside::core
