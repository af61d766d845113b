#include "application/PersonalFile.h"

#include "storage/store/OwnerOnlyFiles.h"
#include "storage/store/StoreFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace alongside::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("alongside::core::PersonalFile", text);
}

PersonalFileResult refused(const QString& problem)
{
    return {false, problem, false};
}

PersonalFileResult alreadyThere(const QFileInfo& target)
{
    return {
        false,
        tr("A file called %1 already exists. Nothing was saved; choose another name.").arg(target.fileName()),
        true};
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

// A new owner-only file beside the target (".NAME.1a2b3c4d"), so the final move is a rename
// within one folder: one step, never a copy.
bool openScratch(const QFileInfo& target, QFile& scratch)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = QStringLiteral(".%1.%2")
                                 .arg(target.fileName())
                                 .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        scratch.setFileName(target.absoluteDir().filePath(name));
        if (createOwnerOnlyFile(scratch))
            return true;
        if (!scratch.exists())
            return false; // not a clash of names: the folder refuses
    }
    return false;
}

// Writes the whole content into an owner-only scratch file and flushes it to disk, then moves it
// to `path`: never over an existing file unless the person chose to replace it. The scratch
// file is created owner-only (and, on Windows, with an owner-only access-control list), so the
// content is never readable by anyone else, even for a moment.
PersonalFileResult writeThenMove(const QString& path, const std::function<bool(QIODevice&)>& writer,
                                 ExistingFile existing)
{
    const QFileInfo target(path);
    QFile scratch;
    if (!openScratch(target, scratch))
        return refused(tr("Could not write to the folder %1. Choose a folder you can save in.")
                           .arg(QDir::toNativeSeparators(target.absolutePath())));
    const bool whole = writer(scratch) && scratch.error() == QFileDevice::NoError && flushToDisk(scratch);
    scratch.close();
    if (!whole) {
        scratch.remove();
        return refused(existing == ExistingFile::Replace && target.exists()
                           ? tr("Could not write the whole file (is the disk full?). The old file was kept.")
                           : tr("Could not write the whole file (is the disk full?). Nothing was saved."));
    }
    if (existing == ExistingFile::Replace) {
        QString why;
        if (!replaceFileDurably(scratch.fileName(), path, &why)) {
            scratch.remove();
            return refused(tr("Could not save %1. The old file was kept.").arg(target.fileName()));
        }
        return {true, {}, false};
    }
    // Qt's rename never replaces an existing file (renameat2 with RENAME_NOREPLACE, or a hard
    // link, on Linux), so a file that appeared meanwhile is kept too.
    if (!QFile::rename(scratch.fileName(), path)) {
        scratch.remove();
        if (QFileInfo::exists(path))
            return alreadyThere(target);
        return refused(tr("Could not save %1. Nothing was saved.").arg(target.fileName()));
    }
    syncFolder(target.absolutePath());
    return {true, {}, false};
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
        return alreadyThere(target);
    return writeThenMove(path, writer, existing);
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
