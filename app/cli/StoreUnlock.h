#pragma once

#include "CommandResult.h"

#include "application/ServerStore.h"
#include "storage/keys/SecretBytes.h"
#include "storage/store/Store.h"

#include <QString>

#include <memory>

namespace alongside::cli {

struct CliArguments;
class PassphraseSource;

// Opens the store at arguments.storePath (with arguments.storeOptions: the production key
// derivation unless a test embeds the commands). The file is checked and
// locked before the passphrase is read, so a missing, damaged-sized or busy store is reported
// without asking anyone to type. `keptPassphrase`, if given, receives a copy of the passphrase
// that opened it (passwd needs it again).
std::unique_ptr<core::Store> unlockStore(const CliArguments& arguments, PassphraseSource& passphrases,
                                         CommandResult* result, core::SecretBytes* keptPassphrase = nullptr);

// The store a command reads and writes cases in: a store file (unlocked as above) or a council's
// PostgreSQL server (arguments.storePath names one; libpq finds any password, never Alongside).
struct OpenedStore {
    std::unique_ptr<core::Store> file;
    std::unique_ptr<core::ServerStore> server;

    explicit operator bool() const { return file || server; }
    QSqlDatabase database() const { return file ? file->database() : server->database(); }
};
OpenedStore openStore(const CliArguments& arguments, PassphraseSource& passphrases, CommandResult* result);
// A council server for `purpose` (db migrate: the owner role brings the schema up to date).
std::unique_ptr<core::ServerStore> openServer(const CliArguments& arguments,
                                              core::ServerStore::Purpose purpose, CommandResult* result);

} // namespace alongside::cli
