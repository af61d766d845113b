#include "storage/driver/CipherSettings.h"

#include "storage/driver/SqlCipherApi.h"
#include "storage/keys/SecretBytes.h"

#include <QByteArray>

namespace alongside::core {

int execSql(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

QString queryText(sqlite3* db, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    QString text;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return text;
}

int keyConnection(sqlite3* db, const SecretBytes& rawKeySpec)
{
    // sqlite3_key copies the spec into SQLCipher's own locked, wiped memory; the caller
    // wipes its copy. Passing it through the C API keeps it out of any SQL text.
    return sqlite3_key(db, rawKeySpec.data(), static_cast<int>(rawKeySpec.size()));
}

int applyCipherSettings(sqlite3* db, const char* schema)
{
    const QByteArray prefix = QByteArray(schema) + '.';
    // SQLCipher 4.x: fall back to the version 3 defaults first (3.4 ignores the pragma),
    // then pin each parameter so neither version's defaults matter.
    const QByteArray statements[] = {
        "PRAGMA " + prefix + "cipher_compatibility = 3",
        "PRAGMA " + prefix + "cipher_page_size = " + QByteArray::number(kCipherPageSize),
        "PRAGMA " + prefix + "kdf_iter = " + QByteArray::number(kCipherKdfIterations),
        "PRAGMA " + prefix + "cipher_use_hmac = ON",
        "PRAGMA " + prefix + "cipher_hmac_algorithm = HMAC_SHA1",
        "PRAGMA " + prefix + "cipher_kdf_algorithm = PBKDF2_HMAC_SHA1",
    };
    for (const QByteArray& statement : statements) {
        const int status = execSql(db, statement.constData());
        if (status != SQLITE_OK)
            return status;
    }
    return SQLITE_OK;
}

QString cipherVersion(sqlite3* db)
{
    return queryText(db, "PRAGMA cipher_version");
}

int probeFirstPage(sqlite3* db)
{
    return execSql(db, "SELECT count(*) FROM sqlite_master");
}

int probeKeyPage(sqlite3* db)
{
    return execSql(db, "PRAGMA user_version");
}

int applySessionPragmas(sqlite3* db)
{
    // Order matters: journal mode before anything that writes.
    const char* statements[] = {
        "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",  "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY",
    };
    for (const char* statement : statements) {
        const int status = execSql(db, statement);
        if (status != SQLITE_OK)
            return status;
    }
    return SQLITE_OK;
}

} // namespace alongside::core
