#include "application/PersonalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace alongside::core {

namespace {

// Qt's permission flags name the owner twice (as owner and as the current user); both are set.
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser;

QString tr(const char* text)
{
    return QCoreApplication::translate("alongside::core::PersonalFile", text);
}

PersonalFileResult refused(const QString& problem)
{
    return {false, problem};
}

bool flushToDisk(QFileDevice& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

// New file: a temporary file in the same folder (created 0600 by Qt), renamed into place with
// Qt's no-replace rename (renameat2 RENAME_NOREPLACE or link+unlink on Linux), so a file that
// appeared meanwhile is never overwritten either.
PersonalFileResult writeNew(const QString& path, const std::function<bool(QIODevice&)>& writer)
{
    const QFileInfo target(path);
    QTemporaryFile scratch(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!scratch.open())
        return refused(tr("Could not write to the folder %1. Choose a folder you can save in.")
                           .arg(QDir::toNativeSeparators(target.absolutePath())));
    scratch.setPermissions(ownerOnly);
    if (!writer(scratch) || !flushToDisk(scratch))
        return refused(tr("Could not write the whole file (is the disk full?). Nothing was saved."));
    scratch.close();
    if (!scratch.rename(path)) {
        if (QFileInfo::exists(path))
            return refused(tr("A file called %1 already exists. Nothing was saved; choose another name.")
                               .arg(target.fileName()));
        return refused(tr("Could not save %1. Nothing was saved.").arg(target.fileName()));
    }
    scratch.setAutoRemove(false);
    return {true, {}};
}

// Replacing a file the person chose to replace: QSaveFile swaps the whole new file in at once.
PersonalFileResult replace(const QString& path, const std::function<bool(QIODevice&)>& writer)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return refused(tr("Could not save %1. Nothing was changed.").arg(QFileInfo(path).fileName()));
    file.setPermissions(ownerOnly);
    if (!writer(file)) {
        file.cancelWriting();
        return refused(tr("Could not write the whole file. The old file was kept."));
    }
    if (!file.commit())
        return refused(tr("Could not write the whole file (is the disk full?). The old file was kept."));
    QFile::setPermissions(path, ownerOnly);
    return {true, {}};
}

} // namespace

PersonalFileResult writePersonalFile(const QString& path, const std::function<bool(QIODevice&)>& writer,
                                     ExistingFile existing)
{
    if (path.isEmpty())
        return refused(tr("No file name was given. Nothing was saved."));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return refused(tr("The folder %1 does not exist. Nothing was saved.")
                           .arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.exists() && target.isDir())
        return refused(tr("%1 is a folder. Nothing was saved; give a file name.").arg(target.fileName()));
    if (target.exists() && existing == ExistingFile::Refuse)
        return refused(tr("A file called %1 already exists. Nothing was saved; choose another name.")
                           .arg(target.fileName()));
    return existing == ExistingFile::Replace && target.exists() ? replace(path, writer)
                                                                : writeNew(path, writer);
}

PersonalFileResult writePersonalFile(const QString& path, const QByteArray& bytes, ExistingFile existing)
{
    return writePersonalFile(
        path, [&bytes](QIODevice& device) { return device.write(bytes) == bytes.size(); }, existing);
}

QString personalFileName(const QString& caseReference, const QString& what, const QString& dateIso,
                         const QString& suffix)
{
    QString name = caseReference.isEmpty() ? what : QStringLiteral("%1 %2").arg(caseReference, what);
    if (!dateIso.isEmpty())
        name += QLatin1Char(' ') + dateIso;
    // Only characters every file system accepts.
    for (QChar& c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(' ')
              || c == QLatin1Char('_')))
            c = QLatin1Char('-');
    }
    return name + QLatin1Char('.') + suffix;
}

} // namespace alongside::core
