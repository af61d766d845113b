#include "storage/store/StoreLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace alongside::core {

namespace {

LockHolder thisProcess()
{
    LockHolder holder;
    holder.program = QCoreApplication::applicationName();
    holder.processId = QCoreApplication::applicationPid();
    holder.since = QDateTime::currentDateTimeUtc();
    holder.host = QSysInfo::machineHostName();
    return holder;
}

StoreError inUse(const LockHolder& holder)
{
    return StoreError{StoreErrorKind::InUse, StoreLock::describeInUse(holder),
                      QStringLiteral("locked by %1, process %2 on %3 since %4")
                          .arg(holder.program.isEmpty() ? QStringLiteral("(not recorded)") : holder.program)
                          .arg(holder.processId)
                          .arg(holder.host, holder.since.toString(Qt::ISODate))};
}

void report(StoreError* error, const StoreError& what)
{
    if (error)
        *error = what;
}

} // namespace

StoreLock::StoreLock(QString lockPath) : m_lockPath(std::move(lockPath))
{}

QString StoreLock::lockPathFor(const QString& storePath)
{
    return storePath + QStringLiteral(".lock");
}

#ifndef Q_OS_WIN

namespace {

QByteArray readRecord(int descriptor)
{
    QByteArray record(1024, '\0');
    const ssize_t got = ::pread(descriptor, record.data(), static_cast<size_t>(record.size()), 0);
    record.truncate(got > 0 ? got : 0);
    return record;
}

bool sameFile(int descriptor, const QByteArray& path)
{
    struct stat opened {};
    struct stat named {};
    return ::fstat(descriptor, &opened) == 0 && ::lstat(path.constData(), &named) == 0
        && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

} // namespace

std::unique_ptr<StoreLock> StoreLock::acquire(const QString& storePath, StoreError* error)
{
    const QString lockPath = lockPathFor(storePath);
    const QByteArray name = QFile::encodeName(lockPath);
    // A few rounds at most: each retry means another process released or replaced the file
    // between our open and our lock.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int descriptor = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (descriptor < 0) {
            const int why = errno;
            // Alongside makes its lock files readable and writable by their owner. One we cannot
            // open (or a link planted in its place) was not made by a running Alongside of ours:
            // it goes, rather than keeping the owner out.
            if ((why == EACCES || why == EPERM || why == ELOOP) && ::unlink(name.constData()) == 0)
                continue;
            report(error,
                   StoreError::make(StoreErrorKind::Io,
                                    QStringLiteral("cannot create lock file %1: %2")
                                        .arg(lockPath, QString::fromLocal8Bit(std::strerror(why)))));
            return nullptr;
        }
        if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
            const int why = errno;
            if (why == EWOULDBLOCK) {
                report(error, inUse(LockHolder::fromRecord(readRecord(descriptor))));
            } else {
                report(error,
                       StoreError::make(StoreErrorKind::Io,
                                        QStringLiteral("cannot lock %1: %2")
                                            .arg(lockPath, QString::fromLocal8Bit(std::strerror(why)))));
            }
            ::close(descriptor);
            return nullptr;
        }
        // The previous holder removes the file as it lets go; if it did so after our open, we
        // hold a lock on a file nobody else will ever look at. Start again on the new one.
        if (!sameFile(descriptor, name)) {
            ::close(descriptor);
            continue;
        }
        // Ours now. The record only informs the next person who finds the store in use.
        const QByteArray record = thisProcess().toRecord();
        ::fchmod(descriptor, S_IRUSR | S_IWUSR);
        if (::ftruncate(descriptor, 0) != 0
            || ::pwrite(descriptor, record.constData(), static_cast<size_t>(record.size()), 0) < 0) {
            // Not needed for the lock itself; carry on without a record.
        }
        // QLockFile, which earlier versions used, could leave this beside a lock when killed.
        QFile::remove(lockPath + QStringLiteral(".rmlock"));
        std::unique_ptr<StoreLock> lock(new StoreLock(lockPath));
        lock->m_descriptor = descriptor;
        return lock;
    }
    report(
        error,
        StoreError::make(StoreErrorKind::Io, QStringLiteral("the lock file %1 kept changing").arg(lockPath)));
    return nullptr;
}

StoreLock::~StoreLock()
{
    if (m_descriptor < 0)
        return;
    // Removed while still locked, so the name is never taken from a newer holder's file.
    ::unlink(QFile::encodeName(m_lockPath).constData());
    ::close(m_descriptor); // lets go of the lock
}

#else // Windows

namespace {

// The lock is on one byte far beyond the record: a locked range cannot be read by other
// processes on Windows, and the record must stay readable for the "in use" message.
OVERLAPPED lockedRange()
{
    OVERLAPPED range{};
    range.Offset = 0;
    range.OffsetHigh = 1;
    return range;
}

QByteArray readRecord(HANDLE file)
{
    QByteArray record(1024, '\0');
    OVERLAPPED start{};
    DWORD got = 0;
    if (!ReadFile(file, record.data(), static_cast<DWORD>(record.size()), &got, &start))
        got = 0;
    record.truncate(static_cast<qsizetype>(got));
    return record;
}

} // namespace

std::unique_ptr<StoreLock> StoreLock::acquire(const QString& storePath, StoreError* error)
{
    const QString lockPath = lockPathFor(storePath);
    HANDLE file = CreateFileW(reinterpret_cast<const wchar_t*>(lockPath.utf16()),
                              GENERIC_READ | GENERIC_WRITE,
                              FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        report(
            error,
            StoreError::make(
                StoreErrorKind::Io,
                QStringLiteral("cannot create lock file %1 (error %2)").arg(lockPath).arg(GetLastError())));
        return nullptr;
    }
    OVERLAPPED range = lockedRange();
    if (!LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &range)) {
        const DWORD why = GetLastError();
        if (why == ERROR_LOCK_VIOLATION || why == ERROR_IO_PENDING)
            report(error, inUse(LockHolder::fromRecord(readRecord(file))));
        else
            report(error,
                   StoreError::make(StoreErrorKind::Io,
                                    QStringLiteral("cannot lock %1 (error %2)").arg(lockPath).arg(why)));
        CloseHandle(file);
        return nullptr;
    }
    const QByteArray record = thisProcess().toRecord();
    OVERLAPPED start{};
    DWORD written = 0;
    SetFilePointer(file, 0, nullptr, FILE_BEGIN);
    SetEndOfFile(file);
    WriteFile(file, record.constData(), static_cast<DWORD>(record.size()), &written, &start);
    std::unique_ptr<StoreLock> lock(new StoreLock(lockPath));
    lock->m_handle = file;
    return lock;
}

StoreLock::~StoreLock()
{
    if (!m_handle)
        return;
    HANDLE file = static_cast<HANDLE>(m_handle);
    // The file stays (Windows cannot remove a file another process has open without making its
    // name unusable until they close it); an empty record means nobody is recorded.
    SetFilePointer(file, 0, nullptr, FILE_BEGIN);
    SetEndOfFile(file);
    OVERLAPPED range = lockedRange();
    UnlockFileEx(file, 0, 1, 0, &range);
    CloseHandle(file);
}

#endif

} // namespace alongside::core
