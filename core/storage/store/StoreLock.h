#pragma once

#include "storage/store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace alongside::core {

// Who holds a store's lock, as its lock file records it. Only for telling the person what to do:
// whether the store is in use is decided by the operating system's lock, never by this record.
struct LockHolder {
    QString program;      // "Alongside", "alongside-cli", …; empty when the record is unreadable
    qint64 processId = 0; // 0 when not recorded
    QDateTime since;      // invalid when not recorded
    QString host;         // the computer's name (a store on a network share can be open elsewhere)

    QByteArray toRecord() const;
    static LockHolder fromRecord(const QByteArray& record);
};

// Only one process may have a store open: two writers could each believe they hold the latest
// drafts. The lock is the operating system's own file lock on NAME.alongside.lock (flock on
// Unix, LockFileEx on Windows), which the kernel lets go of the moment the owning process ends,
// however it ends (a crash, SIGKILL, a flat battery). So a lock can never outlive its owner,
// and no file left behind (empty, half-written, garbage, unreadable) can keep anyone out. A
// lock held by a live process is always respected.
class StoreLock {
public:
    ~StoreLock();
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;

    // InUse (with a message naming the holder) if another process, or another open store in
    // this one, holds it; Io if the lock file cannot be made (a read-only folder).
    static std::unique_ptr<StoreLock> acquire(const QString& storePath, StoreError* error);
    static QString lockPathFor(const QString& storePath);

    // What the "in use" message says for `holder`: who has it, since when, and what to do.
    static QString describeInUse(const LockHolder& holder);

private:
    explicit StoreLock(QString lockPath);

    QString m_lockPath;
#ifdef Q_OS_WIN
    void* m_handle = nullptr;
#else
    int m_descriptor = -1;
#endif
};

} // namespace alongside::core
