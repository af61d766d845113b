#pragma once

#include "bundles/BundleManifest.h"
#include "storage/keys/SecretBytes.h"

#include <QByteArray>

#include <vector>

namespace alongside::core {

// A new random bundle id: 32 lowercase hex characters.
QString newBundleId();

// The payload's hash as the manifest carries it (BLAKE2b, 32-byte output, no key).
QByteArray payloadHash(const QByteArray& payload);

// Signs `manifestJson` (with the domain prefix, docs/bundles.md) with an Ed25519 secret key.
QByteArray signManifest(const QByteArray& manifestJson, const SecretBytes& signingSecret);

// The container alone: a fresh random file key sealed to each recipient's X25519 key, then the
// manifest (with the whole plain header bound in as additional data), the signature and the
// payload in one secretstream. Nothing is checked here: makeBundle() is the way to make one.
QByteArray sealBundle(const QByteArray& manifestJson, const QByteArray& signature, const QByteArray& payload,
                      const std::vector<QByteArray>& recipientEncryptionKeys);

// A whole bundle: fills in the manifest's payload size and hash, signs it and seals it to
// manifest.recipients.
QByteArray makeBundle(BundleManifest manifest, const QByteArray& payload, const SecretBytes& signingSecret);

} // namespace alongside::core
