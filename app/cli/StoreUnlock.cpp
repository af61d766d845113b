#include "StoreUnlock.h"

#include "CliArguments.h"
#include "PassphraseSource.h"

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

} // namespace alongside::cli
