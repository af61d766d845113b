#include "StoreCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "codecs/CaseFileReader.h"
#include "codecs/InputLimits.h"
#include "codecs/StrictJson.h"
#include "exchange/CaseImport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace alongside::cli {

namespace {

// Enough to see the pattern of what is wrong without burying the first problems.
constexpr std::size_t kProblemsShown = 20;

CommandResult rejected(const core::CaseFileProblems& problems)
{
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i)
        printErrorDetail(problems[i].toString());
    if (problems.size() > kProblemsShown)
        printErrorDetail(CliText::tr("and %1 more").arg(problems.size() - kProblemsShown));
    return {ExitCode::ImportRejected,
            CliText::tr("the import file was rejected (%n problem(s), listed above); nothing was written",
                        nullptr, static_cast<int>(problems.size())),
            {}};
}

// The record history says who imported the cases: the account that ran the CLI.
QString importer()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = CliText::tr("unknown user");
    return CliText::tr("%1 (alongside-cli import)").arg(user);
}

} // namespace

CommandResult runImport(const CliArguments& arguments, PassphraseSource& passphrases)
{
    const QString shownPath = QDir::toNativeSeparators(arguments.importFile);
    QFile file(arguments.importFile);
    if (!file.exists())
        return {ExitCode::NotFoundOrExists, CliText::tr("there is no file %1 to import").arg(shownPath), {}};
    // A file far over the limit is refused before it is read into memory.
    if (const core::CaseFileProblems tooLarge = core::checkJsonFileSize(file.size(), core::caseFileLimits());
        !tooLarge.empty())
        return rejected(tooLarge);
    if (!file.open(QIODevice::ReadOnly))
        return {ExitCode::Io, CliText::tr("%1 could not be read").arg(shownPath), file.errorString()};

    // The file's own problems need no store: report them before anyone types a passphrase.
    // Its bytes go as soon as the cases are read from them.
    core::CaseFileContents contents = core::readCaseFile(file.readAll());
    file.close();
    if (!contents.ok())
        return rejected(contents.problems);

    CommandResult result;
    const OpenedStore store = openStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const core::CaseImportResult imported = core::importCaseFile(std::move(contents), store.database(),
                                                                 importer(), QDateTime::currentDateTime());
    if (!imported.problems.empty())
        return rejected(imported.problems);
    if (!imported.storeError.isEmpty())
        return {ExitCode::Io, imported.storeError, {}};

    printLine(CliText::tr("Imported %n case(s): %1", nullptr, static_cast<int>(imported.imported.size()))
                  .arg(imported.imported.join(QStringLiteral(", "))));
    return CommandResult::ok();
}

} // namespace alongside::cli
