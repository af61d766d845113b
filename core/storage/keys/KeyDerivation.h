#pragma once

#include "storage/keys/KdfSchedule.h"
#include "storage/keys/SecretBytes.h"

#include <array>

namespace alongside::core {

// SQLCipher keeps the first 16 bytes of the file as its salt; we use the same 16 bytes as the
// Argon2id salt, so no side file is needed to re-derive the key.
using StoreSalt = std::array<unsigned char, 16>;

constexpr std::size_t kStoreKeyBytes = 32;

StoreSalt randomStoreSalt();

// Argon2id (libsodium crypto_pwhash) over the passphrase and salt. Slow by design: call it
// off the UI thread. Throws std::runtime_error if memory for the derivation cannot be had.
SecretBytes deriveStoreKey(const SecretBytes& passphrase, const StoreSalt& salt,
                           const KdfParameters& parameters);

// SQLCipher's raw key form with an explicit salt: x'<64 hex key><32 hex salt>'.
SecretBytes rawKeySpec(const SecretBytes& key, const StoreSalt& salt);

} // namespace alongside::core
