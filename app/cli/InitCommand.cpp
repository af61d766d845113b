#include "StoreCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "PassphraseSource.h"

#include "storage/store/Store.h"
#include "storage/store/StoreOpener.h"

#include <QDir>

namespace alongside::cli {

CommandResult runInit(const CliArguments& arguments, PassphraseSource& passphrases)
{
    // StoreOpener refuses an existing file in prepare(), before anyone types a passphrase.
    core::StoreOpener opener(arguments.storePath, core::StoreOpener::Purpose::CreateNew,
                             arguments.storeOptions);
    core::StoreError error = opener.prepare();
    if (error)
        return CommandResult::from(error);

    core::SecretBytes passphrase;
    const CommandResult read = passphrases.read(PassphraseRole::NewStore, &passphrase);
    if (read.failed())
        return read;
    error = opener.findKey(std::move(passphrase)); // applies the passphrase policy
    std::unique_ptr<core::Store> store;
    if (!error)
        store = opener.finish(&error);
    if (!store)
        return CommandResult::from(error);

    printLine(CliText::tr("Created %1").arg(QDir::toNativeSeparators(store->path())));
    return CommandResult::ok();
}

} // namespace alongside::cli
