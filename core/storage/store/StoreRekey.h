#pragma once

#include "storage/store/StoreError.h"

#include <QString>

namespace alongside::core {

class SecretBytes;

// Writes a complete copy of the store at `storePath` (every table, index, trigger and row) to
// `scratchPath` under `newKeySpec`, reading it through a connection of its own opened with
// `currentKeySpec`. Any thread; slow for a large store. Touches nothing but the scratch file,
// which it removes again if it fails.
StoreError writeRekeyedCopy(const QString& storePath, const SecretBytes& currentKeySpec,
                            const QString& scratchPath, const SecretBytes& newKeySpec);

// The same for a store no connection has open (opening, before the connection is made): the
// copy, then renamed over the original in one step. Any thread.
StoreError rekeyClosedStore(const QString& storePath, const SecretBytes& currentKeySpec,
                            const SecretBytes& newKeySpec);

} // namespace alongside::core
