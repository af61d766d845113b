#pragma once

#include "model/PublicKeys.h"
#include "storage/keys/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace alongside::core {

// The public-key file: what `alongside-cli keys show` prints and File → Team members and keys
// saves, for a colleague to trust. Plain text that survives email: a short explanation for the
// person who receives it, then a block of `name: value` lines, signed with the store's own
// signing key so the name, role and team cannot be changed on the way without it showing
// (docs/bundles.md, "Public-key files").
QByteArray writePublicKeyFile(const PublicKeys& keys, const SecretBytes& signingSecret);

struct PublicKeyFileContents {
    PublicKeys keys;
    QString fingerprint; // keyFingerprint(keys)
    QString problem;     // one plain sentence when the file cannot be used; empty otherwise
    bool ok() const { return problem.isEmpty(); }
};

// Reads and checks a public-key file: its form, the keys' sizes, the fingerprint written in it
// against the keys, and the signature. Line endings and surrounding text (an email's quoting
// of headers, a signature) do not matter; anything changed inside the block does.
PublicKeyFileContents readPublicKeyFile(const QByteArray& bytes);

// The file name to suggest: "Sam Patel public keys.alongside-keys".
QString publicKeyFileName(const PublicKeys& keys);

} // namespace alongside::core
