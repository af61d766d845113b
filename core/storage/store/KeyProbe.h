#pragma once

#include <QString>

namespace alongside::core {

class SecretBytes;

enum class KeyProbe { Opens, WrongKey, InUse, Io };

// Tries a raw key spec on a store file with a short-lived connection of its own that cannot
// write anything: the file is opened read-only as "immutable", so SQLite takes no locks, never
// looks at the -wal or -shm beside it, and has nothing to checkpoint when the connection closes.
// Only page 1 is read (its HMAC proves the key). A failed unlock therefore leaves the store, its
// -wal and its -shm byte-identical, whatever state a crash left them in. Never says Damaged:
// without the -wal it cannot tell damage from a checkpoint cut short; the real opening can.
KeyProbe probeKey(const QString& path, const SecretBytes& rawKeySpec, QString* detail = nullptr);

} // namespace alongside::core
