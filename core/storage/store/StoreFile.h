#pragma once

#include "storage/keys/KeyDerivation.h"

#include <QString>

namespace alongside::core {

// What can be learned about a store file without its key: whether it exists, whether its size
// is possible for an encrypted store, whether it is an ordinary (unencrypted) SQLite file, and
// the salt in its first 16 bytes.
struct StoreFileProbe {
    bool exists = false;
    bool readable = false;
    qint64 size = 0;
    bool plainSqlite = false;    // starts "SQLite format 3": not encrypted, so not ours
    bool impossibleSize = false; // empty, or not a whole number of cipher pages
    StoreSalt salt{};
};

StoreFileProbe probeStoreFile(const QString& path);

// Scratch files beside the store, removed or renamed over it by the operation that made them.
QString rekeyScratchPath(const QString& storePath);
QString creationScratchPath(const QString& storePath);

// Renames `from` over `to` in one step (POSIX rename / MoveFileEx) and makes the rename
// durable, so a power cut leaves either the old file or the new one, never neither.
bool replaceFileDurably(const QString& from, const QString& to, QString* error);

// Makes a folder's list of names durable (fsync of the folder on Unix), so a file just renamed
// into it survives a power cut under its new name.
void syncFolder(const QString& folder);

// Flushes a file's content to disk (fsync on Unix). A copy about to be renamed over the store is
// flushed by whoever wrote it, so that the rename on the window's thread has little left to wait for.
void syncFile(const QString& path);

// Removes a file and SQLite's -wal/-shm/-journal companions if present.
void removeWithCompanions(const QString& path);

} // namespace alongside::core
