#pragma once

#include "CommandResult.h"

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

} // namespace alongside::cli
