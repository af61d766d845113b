#include "StoreCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "PassphraseSource.h"
#include "StoreUnlock.h"

namespace alongside::cli {

CommandResult runPasswd(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result;
    core::SecretBytes current;
    const auto store = unlockStore(arguments, passphrases, &result, &current);
    if (!store)
        return result;

    core::SecretBytes next;
    result = passphrases.read(PassphraseRole::Replacement, &next);
    if (result.failed())
        return result;
    const core::StoreError error = store->changePassphrase(std::move(current), std::move(next));
    if (error)
        return CommandResult::from(error);

    printLine(CliText::tr("Passphrase changed."));
    return CommandResult::ok();
}

} // namespace alongside::cli
