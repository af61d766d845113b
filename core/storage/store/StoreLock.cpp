#include "storage/store/StoreLock.h"

namespace alongside::core {

StoreLock::StoreLock(const QString& lockPath) : m_file(lockPath)
{
    m_file.setStaleLockTime(0); // never stale by age: only when the owning process is gone
}

QString StoreLock::lockPathFor(const QString& storePath)
{
    return storePath + QStringLiteral(".lock");
}

std::unique_ptr<StoreLock> StoreLock::acquire(const QString& storePath, StoreError* error)
{
    std::unique_ptr<StoreLock> lock(new StoreLock(lockPathFor(storePath)));
    if (lock->m_file.tryLock(0))
        return lock;
    if (error) {
        if (lock->m_file.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->m_file.getLockInfo(&pid, &host, &application);
            *error = StoreError::make(StoreErrorKind::InUse,
                                      QStringLiteral("locked by process %1 on %2").arg(pid).arg(host));
        } else {
            *error = StoreError::make(
                StoreErrorKind::Io, QStringLiteral("cannot create lock file %1").arg(lockPathFor(storePath)));
        }
    }
    return nullptr;
}

} // namespace alongside::core
