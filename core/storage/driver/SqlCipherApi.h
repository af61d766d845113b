#pragma once

// The one place that includes SQLCipher's header. SQLITE_HAS_CODEC must be defined (the build
// does it) or sqlite3_key() is not declared; using sqlite3_key() anywhere also makes linking
// against plain SQLite fail, which is the point.
#ifndef SQLITE_HAS_CODEC
#error "SQLITE_HAS_CODEC must be defined to build against SQLCipher"
#endif

#if __has_include(<sqlcipher/sqlite3.h>)
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif
