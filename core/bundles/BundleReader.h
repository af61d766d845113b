#pragma once

#include "bundles/BundleManifest.h"
#include "storage/keys/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace alongside::core {

// Why a bundle could not be read. Each has its own message (BundleReader.cpp) and, in the CLI,
// its own exit code class (docs/cli.md).
enum class BundleProblem {
    None,
    NotABundle,      // not an Alongside bundle at all
    NewerFormat,     // made by a newer Alongside
    Truncated,       // ends before its last part
    Tampered,        // changed or damaged since it was made (a check failed)
    NotForThisStore, // none of its sealed keys opens with this store's key
    Forwarded,       // signed for other recipients, then re-sealed to this store by someone else
};

struct BundleContents {
    BundleManifest manifest;
    QByteArray manifestJson; // exactly as signed
    QByteArray signature;
    QByteArray payload;
};

struct BundleReading {
    BundleProblem problem = BundleProblem::None;
    QString message; // one plain sentence for the person opening it; empty when read
    QString detail;  // what exactly failed, for --verbose and the log; never a secret
    BundleContents contents;
    bool ok() const { return problem == BundleProblem::None; }
};

// Opens a bundle with this store's X25519 key pair and checks everything the container can
// say on its own: form, version, that it is addressed to this store, every authentication tag,
// that nothing is missing or added at the end, the manifest, its signature by the key the
// manifest names as the sender, that this store is among the recipients the sender signed
// for, and the payload's size and hash. Whether that sender is trusted here, whether the bundle
// was opened before and what the payload means are the caller's questions.
BundleReading readBundle(const QByteArray& bytes, const QByteArray& encryptionKey,
                         const SecretBytes& encryptionSecret);

} // namespace alongside::core
