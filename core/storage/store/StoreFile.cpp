#include "storage/store/StoreFile.h"

#include "storage/driver/CipherSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace alongside::core {

StoreFileProbe probeStoreFile(const QString& path)
{
    StoreFileProbe probe;
    const QFileInfo info(path);
    probe.exists = info.exists() && info.isFile();
    if (!probe.exists)
        return probe;
    probe.size = info.size();
    QFile file(path);
    probe.readable = file.open(QIODevice::ReadOnly);
    if (!probe.readable)
        return probe;
    const QByteArray head = file.read(static_cast<qint64>(probe.salt.size()));
    probe.plainSqlite = head.startsWith(QByteArrayLiteral("SQLite format 3"));
    probe.impossibleSize = probe.size < kCipherPageSize || probe.size % kCipherPageSize != 0;
    if (head.size() == static_cast<qsizetype>(probe.salt.size()))
        std::copy(head.begin(), head.end(), probe.salt.begin());
    return probe;
}

QString rekeyScratchPath(const QString& storePath)
{
    return storePath + QStringLiteral(".rekey");
}

QString creationScratchPath(const QString& storePath)
{
    return storePath + QStringLiteral(".new");
}

static void syncPath(const QString& path, bool directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    // Windows: MoveFileEx with MOVEFILE_WRITE_THROUGH (std::filesystem::rename) is durable.
    (void)path;
    (void)directory;
#endif
}

void syncFolder(const QString& folder)
{
    syncPath(folder, true);
}

void syncFile(const QString& path)
{
    syncPath(path, false);
}

bool replaceFileDurably(const QString& from, const QString& to, QString* error)
{
    syncPath(from, false);
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), code);
    if (code) {
        if (error)
            *error = QString::fromStdString(code.message());
        return false;
    }
    syncPath(QFileInfo(to).absolutePath(), true);
    return true;
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace alongside::core
