#pragma once

#include "storage/store/StoreError.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace alongside::core {

// Only one process may have a store open: two writers could each believe they hold the
// latest drafts. A lock file beside the store records the owner's PID; a lock left by a
// process that has died is recognised as stale and taken over.
class StoreLock {
public:
    // InUse if another live process holds it.
    static std::unique_ptr<StoreLock> acquire(const QString& storePath, StoreError* error);
    static QString lockPathFor(const QString& storePath);

private:
    explicit StoreLock(const QString& lockPath);
    QLockFile m_file;
};

} // namespace alongside::core
