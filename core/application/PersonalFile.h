#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace alongside::core {

// What to do when the chosen path already names a file. Replace is only for a person who has
// just confirmed it (a save dialog's "replace?" question); everything else refuses.
enum class ExistingFile { Refuse, Replace };

struct PersonalFileResult {
    bool written = false;
    QString problem;            // one plain sentence when nothing was written
    bool alreadyExists = false; // refused because a file is already there (CLI exit 7)
};

// Writes a file that holds personal data (a letter, a case export, a report, a bundle), the one
// way Alongside ever does so:
// - owner-only (0600 on Unix, whatever the umask; on Windows an owner-only access-control list
//   given at creation), because any other account on a shared council laptop could otherwise
//   copy it. Never readable by others even for a moment: the content goes into a new
//   owner-only file beside the target, which is then renamed into place;
// - whole or not at all: written beside the target, flushed to disk, then moved into place in one
//   step, so a crash or a full disk never leaves half a letter under the final name;
// - never silently over an existing file: with ExistingFile::Refuse an existing file is kept and
//   the result says so.
// On failure nothing is left behind under the final name.
PersonalFileResult writePersonalFile(const QString& path, const QByteArray& bytes,
                                     ExistingFile existing = ExistingFile::Refuse);

// The same, for content produced by a writer that draws straight onto a device (a PDF writer).
// The writer returns false to abandon the file.
PersonalFileResult writePersonalFile(const QString& path, const std::function<bool(QIODevice&)>& writer,
                                     ExistingFile existing = ExistingFile::Refuse);

// A default file name that names the case, never the person: "AL-00042 letter 2026-12-07.pdf".
// A name in a file name leaks in folder listings, recent-file lists and backups.
QString personalFileName(const QString& caseReference, const QString& what, const QString& dateIso,
                         const QString& suffix);

} // namespace alongside::core
