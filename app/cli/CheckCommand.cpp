#include "CheckCommand.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"

#include "codecs/CheckRunner.h"
#include "codecs/InputLimits.h"
#include "codecs/StrictJson.h"

#include <QDir>
#include <QFile>

namespace alongside::cli {

namespace {

// As for import: enough to see the pattern without burying the first problems.
constexpr std::size_t kProblemsShown = 20;

CommandResult rejected(const core::CaseFileProblems& problems)
{
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i)
        printErrorDetail(problems[i].toString());
    if (problems.size() > kProblemsShown)
        printErrorDetail(CliText::tr("and %1 more").arg(problems.size() - kProblemsShown));
    return {ExitCode::ImportRejected,
            CliText::tr("the check input was rejected (%n problem(s), listed above)", nullptr,
                        static_cast<int>(problems.size())),
            {}};
}

} // namespace

CommandResult runCheck(const CliArguments& arguments)
{
    const std::optional<core::CheckKind> kind = core::checkKindNamed(arguments.checkKind);
    if (!kind)
        return CommandResult::usage(CliText::tr("unknown check")); // the parser already refused it
    const QString shownPath = QDir::toNativeSeparators(arguments.checkFile);
    QFile file(arguments.checkFile);
    if (!file.exists())
        return {ExitCode::NotFoundOrExists, CliText::tr("there is no file %1 to check").arg(shownPath), {}};
    if (const core::CaseFileProblems tooLarge = core::checkJsonFileSize(file.size(),
                                                                        core::checkInputLimits());
        !tooLarge.empty())
        return rejected(tooLarge);
    if (!file.open(QIODevice::ReadOnly))
        return {ExitCode::Io, CliText::tr("%1 could not be read").arg(shownPath), file.errorString()};

    const core::CheckRun run = core::runCheck(*kind, file.readAll());
    if (!run.ok())
        return rejected(run.problems);
    printBytes(run.output);
    return CommandResult::ok();
}

} // namespace alongside::cli
