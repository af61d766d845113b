#include "storage/store/KeyProbe.h"

#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherApi.h"

#include <QUrl>

namespace alongside::core {

namespace {

// "file:///path?immutable=1": percent-encoded, so a path with '?', '#' or '%' stays one path.
QByteArray immutableUri(const QString& path)
{
    return QUrl::fromLocalFile(path).toEncoded(QUrl::FullyEncoded) + "?immutable=1";
}

} // namespace

KeyProbe probeKey(const QString& path, const SecretBytes& rawKeySpec, QString* detail)
{
    // Why not an ordinary read-write (or even read-only) connection: with a -wal left by a
    // crash, SQLite opens the log before page 1 can be checked, rebuilds the index in -shm, and
    // on closing a read-write connection checkpoints the log into the store and deletes it,
    // even though the key was wrong. Immutable mode does none of that.
    sqlite3* db = nullptr;
    int status = sqlite3_open_v2(immutableUri(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                                 nullptr);
    if (status == SQLITE_OK)
        status = keyConnection(db, rawKeySpec);
    if (status == SQLITE_OK)
        status = applyCipherSettings(db);
    if (status == SQLITE_OK)
        status = probeKeyPage(db);
    if (status != SQLITE_OK && detail)
        *detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(status));
    sqlite3_close(db);
    switch (status & 0xff) {
    case SQLITE_OK:
        return KeyProbe::Opens;
    // Page 1 decrypted and passed its HMAC, so the key is right, but its header does not agree
    // with the file: what a checkpoint cut short leaves in the main file (page 1 already says the
    // new size, the file is not yet that long). The -wal, which this connection does not read,
    // holds the rest; the real opening reads both, and finds any damage that is really there.
    case SQLITE_CORRUPT:
        return KeyProbe::Opens;
    case SQLITE_NOTADB:
        return KeyProbe::WrongKey;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return KeyProbe::InUse;
    default:
        return KeyProbe::Io;
    }
}

} // namespace alongside::core
