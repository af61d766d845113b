#include "storage/store/OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>

#include <sys/stat.h>
#endif

namespace alongside::core {

namespace {

constexpr QFileDevice::Permissions ownerOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;

} // namespace

QFileDevice::Permissions ownerOnlyFilePermissions()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
}

bool createOwnerOnlyFile(QFile& file)
{
    // The permissions given to open() reach the operating system's create call (and, on
    // Windows, become the new file's access-control list); the umask can still take bits away.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFilePermissions()))
        return false;
#ifdef Q_OS_UNIX
    // Exactly 0600 whatever the umask: a mask of 0277 would otherwise leave 0400.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.close();
        file.remove();
        return false;
    }
#endif
    return true;
}

bool restrictToOwner(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info {};
    const QByteArray name = QFile::encodeName(path);
    if (::lstat(name.constData(), &info) != 0)
        return errno == ENOENT;
    if (!S_ISREG(info.st_mode))
        return false;
    if ((info.st_mode & 0777) == (S_IRUSR | S_IWUSR))
        return true;
    return ::chmod(name.constData(), S_IRUSR | S_IWUSR) == 0;
#else
    (void)path; // Windows: see the header; an existing file's access-control list is kept.
    return true;
#endif
}

bool makeOwnerOnlyFolders(const QString& folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent == absolute || !makeOwnerOnlyFolders(parent))
        return false;
    if (!QDir(parent).mkdir(QFileInfo(absolute).fileName(), ownerOnlyFolder))
        return QFileInfo(absolute).isDir(); // made meanwhile by someone else: fine
#ifdef Q_OS_UNIX
    ::chmod(QFile::encodeName(absolute).constData(), S_IRWXU); // whatever the umask
#endif
    return true;
}

} // namespace alongside::core
