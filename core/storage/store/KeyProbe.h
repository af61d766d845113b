#pragma once

#include <QString>

namespace alongside::core {

class SecretBytes;

enum class KeyProbe { Opens, WrongKey, Damaged, InUse, Io };

// Tries a raw key spec on a store file with a short-lived connection of its own. It reads
// page 1 only and never writes: with a wrong key SQLCipher fails before SQLite even learns
// the file is in WAL mode, so a failed unlock leaves the file byte-identical.
KeyProbe probeKey(const QString& path, const SecretBytes& rawKeySpec, QString* detail = nullptr);

} // namespace alongside::core
