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

// Keeps the heap of a program that derives keys on workers from asking the kernel for memory in
// small steps. Each derivation maps 256 MiB (filled at once) and unmaps it after, and the kernel
// holds the process's address-space lock for all of each (60-120 ms on a loaded two-core
// machine): a window thread that grows or shrinks its heap then, or starts a thread, waits for
// it, and the window stalls. With a generous top pad, no trimming below 128 MiB and large blocks
// from the heap, the window's thread rarely needs that lock. Call once, before the first
// derivation (the window does).
void keepHeapClearOfDerivations();

// SQLCipher's raw key form with an explicit salt: x'<64 hex key><32 hex salt>'.
SecretBytes rawKeySpec(const SecretBytes& key, const StoreSalt& salt);

} // namespace alongside::core
