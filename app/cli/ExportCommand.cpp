#include "StoreCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "OutputFile.h"
#include "StoreUnlock.h"

#include "application/Repositories.h"
#include "exchange/CaseExport.h"

#include <QDir>

namespace alongside::cli {

CommandResult runExport(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result = refuseIfTaken(arguments.outPath);
    if (result.failed())
        return result;
    const OpenedStore store = openStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const core::CaseRepository repository = core::Repositories(store.database()).cases();
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
