#pragma once

#include <QString>

struct sqlite3;

namespace alongside::core {

class SecretBytes;

// Every cipher parameter set explicitly, so a file written by SQLCipher 3.4 (Debian) opens
// with SQLCipher 4.x (vcpkg, Windows) and back. Documented for recovery in docs/storage.md.
constexpr int kCipherPageSize = 4096;
constexpr int kCipherKdfIterations = 64000; // unused with raw keys, but pinned all the same
// "ALON": marks a file as an Alongside store once it is decrypted.
constexpr int kAlongsideApplicationId = 0x414C4F4E;

// Gives the connection its raw key and cipher parameters for `schema` ("main" or an
// attached name). Nothing is read from the file yet. Returns an SQLite result code.
int keyConnection(sqlite3* db, const SecretBytes& rawKeySpec);
int applyCipherSettings(sqlite3* db, const char* schema = "main");

// Empty when the linked library is plain SQLite, which must never hold a store.
QString cipherVersion(sqlite3* db);

// Reads page 1. SQLITE_NOTADB here means the key is wrong (or page 1 is damaged: SQLCipher's
// per-page HMAC cannot tell those apart).
int probeFirstPage(sqlite3* db);

// Reads page 1 and nothing else (the header's user_version). Used by the key probe, whose
// immutable connection sees the main file without its -wal: a checkpoint cut short can leave
// later pages of that file out of step with each other, but page 1 is always a whole page
// encrypted under the store's key.
int probeKeyPage(sqlite3* db);

// WAL, synchronous=FULL, foreign keys, secure delete, temp tables in memory.
int applySessionPragmas(sqlite3* db);

// sqlite3_exec of one statement, returning the SQLite result code.
int execSql(sqlite3* db, const char* sql);
// First column of the first row as text (empty if none).
QString queryText(sqlite3* db, const char* sql);

} // namespace alongside::core
