#pragma once

#include <QFileDevice>
#include <QString>

class QFile;

namespace alongside::core {

// Files and folders only their owner can open. A council laptop is often shared, or logged into
// by IT and by other staff; anything Alongside leaves readable by other local accounts (a store
// to guess at offline, a letter, an export) is theirs to copy.
//
// On Unix: files 0600 and folders 0700, set explicitly after creation so no umask (not even a
// permissive 0 or one that removes the owner's own bits) changes the result.
// On Windows: Qt creates the file or folder with an access-control list built from the same
// owner-only permissions (QFile::open and QDir::mkdir with permissions, Qt 6.3 and later);
// a file that already exists keeps the list it has, because Qt cannot change one afterwards.

// Owner read and write; Qt names the owner twice (owner and current user), so both are set.
QFileDevice::Permissions ownerOnlyFilePermissions();

// Creates `file`'s path as a new, empty file open for writing, readable by its owner only.
// Fails (returns false, leaving any existing file alone) if something is already there.
bool createOwnerOnlyFile(QFile& file);

// Takes group and other access away from an existing file (chmod 0600 when anything beyond the
// owner's read and write is set). True when the file is owner-only afterwards or did not exist.
bool restrictToOwner(const QString& path);

// Creates `folder` and any missing parents, each folder it creates owner-only (0700). Folders
// that already exist keep their permissions: they may be shared on purpose.
bool makeOwnerOnlyFolders(const QString& folder);

} // namespace alongside::core
