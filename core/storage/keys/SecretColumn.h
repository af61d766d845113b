#pragma once

#include "storage/keys/SecretBytes.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <variant>
#include <vector>

namespace alongside::core {

// Secret key material moved straight between SQLCipher's row and guarded memory. QSqlQuery
// would hand a BLOB over as a QVariant holding a QByteArray: a copy in ordinary heap memory that
// can be swapped out and is never wiped. These go through the SQLite C API on the same
// connection (and so inside the caller's transaction) instead. SQLite copies a bound secret
// into its own memory, which SQLCipher wipes when it frees it.

// One value bound to a `?`, in order: text, public bytes, or a secret from guarded memory.
using BoundValue = std::variant<QString, QByteArray, const SecretBytes*>;

// Runs one statement (an INSERT) with `values` bound. Returns an empty string, or why not.
QString executeWithSecrets(const QSqlDatabase& db, const char* sql, const std::vector<BoundValue>& values);

// The first column of the first row of `sql`, copied into guarded memory; empty if there is no
// row or the value is NULL.
SecretBytes readSecretBlob(const QSqlDatabase& db, const char* sql);

} // namespace alongside::core
