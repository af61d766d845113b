#include "storage/store/KeyProbe.h"

#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherApi.h"

namespace alongside::core {

KeyProbe probeKey(const QString& path, const SecretBytes& rawKeySpec, QString* detail)
{
    sqlite3* db = nullptr;
    int status = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (status == SQLITE_OK)
        status = keyConnection(db, rawKeySpec);
    if (status == SQLITE_OK)
        status = applyCipherSettings(db);
    if (status == SQLITE_OK)
        status = probeFirstPage(db);
    if (status != SQLITE_OK && detail)
        *detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(status));
    sqlite3_close(db);
    switch (status & 0xff) {
    case SQLITE_OK:
        return KeyProbe::Opens;
    case SQLITE_NOTADB:
        return KeyProbe::WrongKey;
    case SQLITE_CORRUPT:
        return KeyProbe::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return KeyProbe::InUse;
    default:
        return KeyProbe::Io;
    }
}

} // namespace alongside::core
