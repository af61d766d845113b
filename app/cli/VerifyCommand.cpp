#include "StoreCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "storage/store/StoreInfo.h"

namespace alongside::cli {

CommandResult runVerify(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;

    const core::IntegrityReport report = core::verifyStore(*store);
    if (report.ok) {
        printLine(QStringLiteral("ok"));
        return CommandResult::ok();
    }
    for (const QString& problem : report.problems)
        printLine(problem);
    const core::StoreError error = report.error.isError()
        ? report.error
        : core::StoreError::make(core::StoreErrorKind::Damaged);
    CommandResult failure = CommandResult::from(error);
    failure.message = CliText::tr("Problems found (listed on standard output). ") + failure.message;
    return failure;
}

} // namespace alongside::cli
