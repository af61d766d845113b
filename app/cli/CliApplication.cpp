#include "CliApplication.h"

#include "CheckCommand.h"
#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "ExitCode.h"
#include "LetterCommands.h"
#include "PassphraseSource.h"
#include "ReportCommand.h"
#include "ServerCommands.h"
#include "StoreCommands.h"
#include "TeamCommands.h"

#include "storage/server/ServerLocation.h"

#include <QCoreApplication>
#include <QList>

#include <exception>

namespace alongside::cli {

namespace {

QList<PassphraseRole> rolesNeededBy(Command command)
{
    switch (command) {
    case Command::Init:
        return {PassphraseRole::NewStore};
    case Command::Passwd:
        return {PassphraseRole::Current, PassphraseRole::Replacement};
    case Command::Info:
    case Command::Verify:
    case Command::Check:
    case Command::PlainCheck:
        return {}; // reads a file; no store is opened
    case Command::Import:
    case Command::Export:
    case Command::Letter:
    case Command::Report:
    case Command::Keys:
    case Command::Bundle:
    case Command::None:
        break;
    case Command::Db:
        return {}; // a council server: libpq finds any password
    }
    return {PassphraseRole::Current};
}

// A council's PostgreSQL server instead of a store file: the commands built for it so far.
CommandResult dispatchOnServer(const CliArguments& arguments)
{
    PassphraseSource noPassphrases(false);
    switch (arguments.command) {
    case Command::Db:
        return runDbMigrate(arguments);
    case Command::Info:
        return runServerInfo(arguments);
    case Command::Import:
        return runImport(arguments, noPassphrases);
    case Command::Export:
        return runExport(arguments, noPassphrases);
    default:
        return refuseOnServer(arguments);
    }
}

CommandResult dispatch(const CliArguments& arguments)
{
    if (core::namesServer(arguments.storePath))
        return dispatchOnServer(arguments);
    PassphraseSource passphrases(arguments.passphraseStdin);
    // A script without a passphrase source learns so at once, before any file is touched.
    for (const PassphraseRole role : rolesNeededBy(arguments.command)) {
        const CommandResult available = passphrases.checkAvailable(role);
        if (available.failed())
            return available;
    }
    switch (arguments.command) {
    case Command::Init:
        return runInit(arguments, passphrases);
    case Command::Info:
        return runInfo(arguments, passphrases);
    case Command::Verify:
        return runVerify(arguments, passphrases);
    case Command::Passwd:
        return runPasswd(arguments, passphrases);
    case Command::Import:
        return runImport(arguments, passphrases);
    case Command::Export:
        return runExport(arguments, passphrases);
    case Command::Check:
        return runCheck(arguments);
    case Command::Letter:
        return runLetter(arguments, passphrases);
    case Command::PlainCheck:
        return runPlainCheck(arguments);
    case Command::Report:
        return runReport(arguments, passphrases);
    case Command::Keys:
        return runKeys(arguments, passphrases);
    case Command::Bundle:
        return runBundle(arguments, passphrases);
    case Command::Db: // parsing allows it only with a server
    case Command::None:
        break;
    }
    return CommandResult::usage(QStringLiteral("no command"));
}

} // namespace

int runCli(const QStringList& rawArguments, const core::StoreOptions& storeOptions)
{
    ParsedArguments parsed = parseArguments(rawArguments);
    parsed.arguments.storeOptions = storeOptions;
    const CliArguments& arguments = parsed.arguments;
    if (arguments.help) {
        printLine(usageText());
        return toInt(ExitCode::Ok);
    }
    if (arguments.version) {
        printLine(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
        return toInt(ExitCode::Ok);
    }
    if (!parsed.usageError.isEmpty()) {
        printErrorLine(parsed.usageError + QStringLiteral(" (try --help)"));
        return toInt(ExitCode::Usage);
    }

    CommandResult result;
    try {
        result = dispatch(arguments);
    } catch (const std::exception& unexpected) {
        result = {ExitCode::Unexpected, CliText::tr("unexpected failure"),
                  QString::fromLocal8Bit(unexpected.what())};
    }
    if (result.failed()) {
        printErrorLine(result.message);
        if (arguments.verbose && !result.detail.isEmpty())
            printErrorLine(QStringLiteral("detail: ") + result.detail);
    }
    return toInt(result.code);
}

} // namespace alongside::cli
