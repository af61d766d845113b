#include "StoreUnlock.h"

#include "CliArguments.h"
#include "PassphraseSource.h"

#include "CliText.h"

#include "storage/server/ServerLocation.h"
#include "storage/store/StoreOpener.h"

namespace alongside::cli {

std::unique_ptr<core::Store> unlockStore(const CliArguments& arguments, PassphraseSource& passphrases,
                                         CommandResult* result, core::SecretBytes* keptPassphrase)
{
    core::StoreOpener opener(arguments.storePath, core::StoreOpener::Purpose::OpenExisting,
                             arguments.storeOptions);
    core::StoreError error = opener.prepare();
    if (error) {
        *result = CommandResult::from(error);
        return nullptr;
    }
    core::SecretBytes passphrase;
    *result = passphrases.read(PassphraseRole::Current, &passphrase);
    if (result->failed())
        return nullptr;
    if (keptPassphrase)
        *keptPassphrase = core::SecretBytes::copyOf(passphrase.chars(), passphrase.size());
    error = opener.findKey(std::move(passphrase));
    std::unique_ptr<core::Store> store;
    if (!error)
        store = opener.finish(&error);
    if (!store) {
        if (keptPassphrase)
            keptPassphrase->clear();
        *result = CommandResult::from(error);
        return nullptr;
    }
    *result = CommandResult::ok();
    return store;
}

std::unique_ptr<core::ServerStore> openServer(const CliArguments& arguments,
                                              core::ServerStore::Purpose purpose, CommandResult* result)
{
    QString error;
    if (!core::parseServerLocation(arguments.storePath, &error)) {
        *result = CommandResult::usage(error);
        return nullptr;
    }
    auto server = core::ServerStore::open(arguments.storePath, purpose, &error);
    // Could not connect, or a schema this program does not know: either way nothing was done.
    *result = server ? CommandResult::ok() : CommandResult{ExitCode::NotAStoreOrDamaged, error, {}};
    return server;
}

OpenedStore openStore(const CliArguments& arguments, PassphraseSource& passphrases, CommandResult* result)
{
    OpenedStore opened;
    if (core::namesServer(arguments.storePath))
        opened.server = openServer(arguments, core::ServerStore::Purpose::Use, result);
    else
        opened.file = unlockStore(arguments, passphrases, result);
    return opened;
}

} // namespace alongside::cli
