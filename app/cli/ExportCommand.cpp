#include "StoreCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "OutputFile.h"
#include "StoreUnlock.h"

#include "exchange/CaseExport.h"
#include "storage/repositories/CaseRepository.h"

#include <QDir>

namespace alongside::cli {

CommandResult runExport(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result = refuseIfTaken(arguments.outPath);
    if (result.failed())
        return result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const core::CaseRepository repository(store->database(), QString());
    const core::CaseExportResult exported = core::exportCases(repository, arguments.caseReferences);
    if (!exported.ok())
        return {ExitCode::NotFoundOrExists, exported.error, {}};

    if (arguments.outPath.isEmpty()) {
        printBytes(exported.json);
        return CommandResult::ok();
    }
    result = writeOutputFile(arguments.outPath, exported.json);
    if (!result.failed()) {
        printLine(CliText::tr("Exported %n case(s) to %1", nullptr,
                              static_cast<int>(arguments.caseReferences.size()))
                      .arg(QDir::toNativeSeparators(arguments.outPath)));
    }
    return result;
}

} // namespace alongside::cli
