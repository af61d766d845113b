#include "StoreCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "exchange/CaseExport.h"
#include "storage/repositories/CaseRepository.h"

#include <QDir>
#include <QFile>

namespace alongside::cli {

namespace {

// A case file is not encrypted, so it is created for its owner only, and never over another
// file (which could be someone's only copy of something).
CommandResult writeNewFile(const QString& path, const QByteArray& bytes)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (file.exists())
            return {ExitCode::NotFoundOrExists, CliText::tr("%1 already exists; export never overwrites a file").arg(shownPath), {}};
        return {ExitCode::Io, CliText::tr("%1 could not be created").arg(shownPath), file.errorString()};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.remove();
        return {ExitCode::Io, CliText::tr("%1 could not be written").arg(shownPath), why};
    }
    return CommandResult::ok();
}

} // namespace

CommandResult runExport(const CliArguments& arguments, PassphraseSource& passphrases)
{
    if (!arguments.outPath.isEmpty() && QFile::exists(arguments.outPath)) {
        return {ExitCode::NotFoundOrExists,
                CliText::tr("%1 already exists; export never overwrites a file").arg(QDir::toNativeSeparators(arguments.outPath)),
                {}};
    }
    CommandResult result;
    const auto store = unlockStore(arguments.storePath, passphrases, &result);
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
    result = writeNewFile(arguments.outPath, exported.json);
    if (!result.failed()) {
        printLine(CliText::tr("Exported %n case(s) to %1", nullptr, static_cast<int>(arguments.caseReferences.size()))
                      .arg(QDir::toNativeSeparators(arguments.outPath)));
    }
    return result;
}

} // namespace alongside::cli
