#include "LetterCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "documents/EasyReadLetterBuilder.h"
#include "documents/LetterHtmlRenderer.h"
#include "documents/LetterPdfRenderer.h"
#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/LetterRepository.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace alongside::cli {

namespace {

// A letter holds personal details and is not encrypted: owner-only, and never over another file.
CommandResult writeNewFile(const QString& path, const QByteArray& bytes)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (file.exists())
            return {ExitCode::NotFoundOrExists,
                    CliText::tr("%1 already exists; letter never overwrites a file").arg(shownPath),
                    {}};
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

std::optional<core::AdvocateReferral> latestAdvocate(const QSqlDatabase& db, qint64 caseId)
{
    const core::AdvocacyRepository advocacy(db, QString());
    const auto referrals = advocacy.referrals(caseId);
    if (referrals.empty())
        return std::nullopt;
    return referrals.back().referral;
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
    const auto store = unlockStore(arguments.storePath, passphrases, &result);
    if (!store)
        return result;
    const QString reference = arguments.caseReferences.front();
    const core::CaseRepository cases(store->database(), QString());
    const auto caseId = cases.findByReference(reference);
    const auto record = caseId ? cases.load(*caseId) : std::nullopt;
    if (!record)
        return {
            ExitCode::NotFoundOrExists, CliText::tr("there is no case %1 in this store").arg(reference), {}};

    const core::LetterRepository letters(store->database(), QString());
    core::EasyReadLetter letter;
    core::LetterRenderOptions options;
    options.councilPicturesFolder = arguments.picturesFolder;
    if (const auto approved = letters.latestApprovedForCase(record->id)) {
        letter = approved->letter;
    } else {
        // Nothing person-facing is sent unseen: a fresh letter is a draft on every page.
        core::LetterSources sources;
        sources.practitioner = letters.practitionerContact().value_or(core::PractitionerContact{});
        sources.advocate = latestAdvocate(store->database(), record->id);
        sources.date = QDate::currentDate();
        letter = core::buildEasyReadLetter(*record, sources);
        options.draft = true;
        printErrorLine(CliText::tr("the letter for %1 has not been reviewed and approved in Alongside; it is "
                                   "marked DRAFT on every page. Read and approve it before it is sent.")
                           .arg(reference));
    }
    letter.largePrint = letter.largePrint || arguments.largePrint;

    const QByteArray pdf = core::letterPdfBytes(letter, options);
    if (pdf.isEmpty())
        return {ExitCode::Unexpected, CliText::tr("the letter could not be drawn"), {}};
    result = writeNewFile(arguments.outPath, pdf);
    if (result.failed())
        return result;
    if (!arguments.htmlPath.isEmpty()) {
        result = writeNewFile(arguments.htmlPath, core::letterHtml(letter, options).toUtf8());
        if (result.failed())
            return result;
    }
    printLine(CliText::tr("Wrote the letter for %1 to %2")
                  .arg(reference, QDir::toNativeSeparators(arguments.outPath)));
    return CommandResult::ok();
}

} // namespace alongside::cli
