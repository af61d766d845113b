#include "LetterCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "application/LetterFiles.h"
#include "application/LetterService.h"
#include "rules/PlainLanguageCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace alongside::cli {

namespace {

CommandResult written(const core::PersonalFileResult& result, const QString& path)
{
    if (result.written)
        return CommandResult::ok();
    return {ExitCode::Io, CliText::tr("%1 could not be written").arg(QDir::toNativeSeparators(path)),
            result.problem};
}

// A draft says why it is a draft: each thing that stops approval, and under a sentence still
// in colleagues' words, what the plain-language check finds in it.
void explainDraft(const QString& reference, const core::LetterToPrint& draft)
{
    printErrorLine(CliText::tr("the letter for %1 has not been reviewed and approved in Alongside; it is "
                               "marked DRAFT on every page. Read and approve it before it is sent.")
                       .arg(reference));
    for (const core::LetterProblem& problem : draft.problems) {
        if (problem.kind == core::LetterProblemKind::SentencesNotRead)
            continue; // true of every fresh draft: said above
        printErrorDetail(QStringLiteral("  ") + problem.message);
        if (problem.kind != core::LetterProblemKind::WorkerText)
            continue;
        for (const core::PlainLanguageFinding& finding :
             core::checkPlainLanguage(problem.sentence, core::PlainLanguageReader{draft.letter.readerNames}))
            printErrorDetail(QStringLiteral("    %1: %2").arg(finding.ruleId, finding.reason));
    }
}

} // namespace

CommandResult runLetter(const CliArguments& arguments, PassphraseSource& passphrases)
{
    for (const QString& path : {arguments.outPath, arguments.htmlPath}) {
        if (!path.isEmpty() && QFile::exists(path))
            return {ExitCode::NotFoundOrExists,
                    CliText::tr("%1 already exists; letter never overwrites a file")
                        .arg(QDir::toNativeSeparators(path)),
                    {}};
    }
    if (!arguments.picturesFolder.isEmpty() && !QFileInfo(arguments.picturesFolder).isDir())
        return {ExitCode::NotFoundOrExists,
                CliText::tr("there is no folder %1 of pictures")
                    .arg(QDir::toNativeSeparators(arguments.picturesFolder)),
                {}};
    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const QString reference = arguments.caseReferences.front();
    const core::LetterService letters(store->database(), QString());
    const std::optional<qint64> caseId = letters.caseWithReference(reference);
    std::optional<core::LetterToPrint> toPrint = caseId ? letters.letterToPrint(*caseId) : std::nullopt;
    if (!toPrint)
        return {
            ExitCode::NotFoundOrExists, CliText::tr("there is no case %1 in this store").arg(reference), {}};

    core::LetterRenderOptions options;
    options.councilPicturesFolder = arguments.picturesFolder;
    // Nothing person-facing is sent unseen: a letter not approved is a draft on every page.
    options.draft = toPrint->draft;
    if (toPrint->draft)
        explainDraft(reference, *toPrint);
    if (toPrint->shortenedForPost)
        printErrorLine(
            CliText::tr("the letter for %1 is to be posted where someone named in it, or the person who "
                        "may have caused harm, may read it: this is the short letter for posting, which "
                        "leaves out what happened. Give the full letter in person.")
                .arg(reference));
    core::EasyReadLetter& letter = toPrint->letter;
    letter.largePrint = letter.largePrint || arguments.largePrint;

    result = written(core::writeLetterPdfFile(letter, arguments.outPath, options), arguments.outPath);
    if (result.failed())
        return result;
    if (!arguments.htmlPath.isEmpty()) {
        result = written(core::writeLetterHtmlFile(letter, arguments.htmlPath, options), arguments.htmlPath);
        if (result.failed())
            return result;
    }
    printLine(CliText::tr("Wrote the letter for %1 to %2")
                  .arg(reference, QDir::toNativeSeparators(arguments.outPath)));
    printErrorLine(core::letterFileNotEncrypted());
    return CommandResult::ok();
}

} // namespace alongside::cli
