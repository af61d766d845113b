#include "TeamCommands.h"

#include "CliActor.h"
#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "application/AggregateBundle.h"
#include "application/MakeBundle.h"
#include "application/OpenBundle.h"
#include "bundles/BundleFormat.h"
#include "keys/PublicKeyFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace alongside::cli {

namespace {

constexpr std::size_t kProblemsShown = 20;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A whole input file, or why not (7: missing, 8: unreadable, 10: larger than any bundle may be).
CommandResult readInput(const QString& path, qsizetype limit, QByteArray* bytes)
{
    QFile file(path);
    if (!file.exists())
        return {ExitCode::NotFoundOrExists, CliText::tr("there is no file %1").arg(shown(path)), {}};
    if (!file.open(QIODevice::ReadOnly))
        return {ExitCode::Io, CliText::tr("%1 could not be read").arg(shown(path)), file.errorString()};
    if (file.size() > limit)
        return {ExitCode::BundleOrKeyFileRefused,
                CliText::tr("%1 is too large to be an Alongside file").arg(shown(path)),
                {}};
    *bytes = file.readAll();
    return CommandResult::ok();
}

// bundle make --aggregate [--year YYYY]: the Board's figures (docs/bundles.md).
CommandResult makeAggregate(const CliArguments& arguments, const QSqlDatabase& db,
                            const std::vector<core::TeamMemberKey>& recipients)
{
    core::AggregateBundleRequest request;
    request.reportingYear = arguments.year.isEmpty() ? core::lastEndedReportingYear(QDate::currentDate())
                                                     : arguments.year.toInt();
    request.recipients = recipients;
    request.outPath = arguments.outPath;
    request.madeBy = cliActor(db);
    request.now = QDateTime::currentDateTime();
    const core::MakeBundleResult made = core::makeAggregateBundle(db, request);
    switch (made.outcome) {
    case core::MakeBundleOutcome::Made:
        printLine(CliText::tr("Made bundle %1 (number %2 from this store) to %3: %4")
                      .arg(made.bundleId)
                      .arg(made.sequence)
                      .arg(shown(arguments.outPath), made.message));
        return CommandResult::ok();
    case core::MakeBundleOutcome::NoRecipients:
    case core::MakeBundleOutcome::RecipientNotTrusted:
        return {ExitCode::NotTrusted, made.message, {}};
    case core::MakeBundleOutcome::FileRefused:
        return {
            QFile::exists(arguments.outPath) ? ExitCode::NotFoundOrExists : ExitCode::Io, made.message, {}};
    case core::MakeBundleOutcome::NoCases:
    case core::MakeBundleOutcome::StoreRefused:
        break;
    }
    return {ExitCode::Io, made.message, {}};
}

CommandResult make(const CliArguments& arguments, PassphraseSource& passphrases)
{
    if (QFile::exists(arguments.outPath))
        return {ExitCode::NotFoundOrExists,
                CliText::tr("%1 already exists; bundle make never overwrites a file")
                    .arg(shown(arguments.outPath)),
                {}};
    // Every key file is read and checked before anyone types a passphrase.
    std::vector<QByteArray> keyFiles;
    for (const QString& path : arguments.toKeyFiles) {
        QByteArray bytes;
        const CommandResult read = readInput(path, 1024 * 1024, &bytes);
        if (read.failed())
            return read;
        const core::PublicKeyFileContents contents = core::readPublicKeyFile(bytes);
        if (!contents.ok())
            return {
                ExitCode::BundleOrKeyFileRefused, shown(path) + QStringLiteral(": ") + contents.problem, {}};
        keyFiles.push_back(bytes);
    }

    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    std::vector<core::TeamMemberKey> recipients;
    for (const QByteArray& bytes : keyFiles) {
        const core::RecipientLookup recipient = core::trustedRecipient(store->database(), bytes);
        if (!recipient.key)
            return {ExitCode::NotTrusted, recipient.problem, {}};
        recipients.push_back(*recipient.key);
    }
    if (arguments.aggregate)
        return makeAggregate(arguments, store->database(), recipients);
    core::CasesBundleRequest request;
    request.recipients = recipients;
    request.caseReferences = arguments.caseReferences;
    request.allCases = arguments.allCases;
    request.outPath = arguments.outPath;
    request.madeBy = cliActor(store->database());
    request.now = QDateTime::currentDateTime();
    const core::MakeBundleResult made = core::makeCasesBundle(store->database(), request);
    switch (made.outcome) {
    case core::MakeBundleOutcome::Made:
        printLine(CliText::tr("Made bundle %1 (number %2 from this store) to %3: %4")
                      .arg(made.bundleId)
                      .arg(made.sequence)
                      .arg(shown(arguments.outPath), made.cases.join(QStringLiteral(", "))));
        return CommandResult::ok();
    case core::MakeBundleOutcome::NoCases:
        return {ExitCode::NotFoundOrExists, made.message, {}};
    case core::MakeBundleOutcome::NoRecipients:
    case core::MakeBundleOutcome::RecipientNotTrusted:
        return {ExitCode::NotTrusted, made.message, {}};
    case core::MakeBundleOutcome::FileRefused:
        return {
            QFile::exists(arguments.outPath) ? ExitCode::NotFoundOrExists : ExitCode::Io, made.message, {}};
    case core::MakeBundleOutcome::StoreRefused:
        break;
    }
    return {ExitCode::Io, made.message, {}};
}

ExitCode exitCodeFor(core::BundleRefusal refusal)
{
    using core::BundleRefusal;
    switch (refusal) {
    case BundleRefusal::None:
        return ExitCode::Ok;
    case BundleRefusal::NotABundle:
    case BundleRefusal::NewerFormat:
    case BundleRefusal::Truncated:
    case BundleRefusal::Tampered:
        return ExitCode::BundleOrKeyFileRefused;
    case BundleRefusal::NotForThisStore:
    case BundleRefusal::Forwarded:
    case BundleRefusal::FromThisStore:
        return ExitCode::NotForThisStore;
    case BundleRefusal::UnknownSender:
    case BundleRefusal::RevokedSender:
        return ExitCode::NotTrusted;
    case BundleRefusal::AlreadyOpened:
        return ExitCode::AlreadyImported;
    case BundleRefusal::NotYetSupported:
        return ExitCode::NotSupportedYet;
    case BundleRefusal::CasesRefused:
        return ExitCode::ImportRejected;
    case BundleRefusal::StoreRefused:
        return ExitCode::Io;
    }
    return ExitCode::Unexpected;
}

CommandResult open(const CliArguments& arguments, PassphraseSource& passphrases)
{
    QByteArray bytes;
    const CommandResult read = readInput(arguments.teamWords.at(1), core::bundleformat::kMaxBundleBytes,
                                         &bytes);
    if (read.failed())
        return read;
    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const core::BundleOpening opened = core::openBundle(store->database(), bytes, cliActor(store->database()),
                                                        QDateTime::currentDateTime());
    if (opened.ok()) {
        printLine(opened.message);
        return CommandResult::ok();
    }
    for (std::size_t i = 0; i < opened.problems.size() && i < kProblemsShown; ++i)
        printErrorDetail(opened.problems[i].toString());
    if (opened.problems.size() > kProblemsShown)
        printErrorDetail(CliText::tr("and %1 more").arg(opened.problems.size() - kProblemsShown));
    return {exitCodeFor(opened.refusal), opened.message, opened.detail};
}

} // namespace

CommandResult runBundle(const CliArguments& arguments, PassphraseSource& passphrases)
{
    if (arguments.teamWords.value(0) == u"make")
        return make(arguments, passphrases);
    return open(arguments, passphrases);
}

} // namespace alongside::cli
