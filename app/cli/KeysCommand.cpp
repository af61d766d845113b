#include "TeamCommands.h"

#include "CliActor.h"
#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "application/TeamKeys.h"
#include "keys/PublicKeyFile.h"
#include "storage/repositories/TeamKeyRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace alongside::cli {

namespace {

QString day(const QDateTime& moment)
{
    return moment.date().toString(QStringLiteral("d MMMM yyyy"));
}

CommandResult show(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const auto mine = core::myKeys(store->database());
    if (!mine)
        return {ExitCode::NotAStoreOrDamaged, CliText::tr("this store has no keys"), {}};
    if (mine->keys.name.isEmpty())
        printErrorLine(
            CliText::tr("note: your name is not set in this store, so the file does not say whose keys "
                        "these are; set it in Alongside (File, About you) first"));
    printBytes(mine->publicKeyFile);
    return CommandResult::ok();
}

CommandResult list(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const auto keys = core::TeamKeyRepository(store->database()).all();
    if (keys.empty())
        printLine(CliText::tr("No colleague's keys are trusted in this store."));
    for (const core::TeamMemberKey& key : keys) {
        const QString name = key.keys.name.isEmpty() ? CliText::tr("(no name set)") : key.keys.name;
        const QString who = key.keys.role.isEmpty() ? name
                                                    : QStringLiteral("%1, %2").arg(name, key.keys.role);
        printLine(QStringLiteral("%1  %2").arg(key.fingerprint, who));
        printLine(CliText::tr("      trusted on %1 by %2").arg(day(key.trustedAt), key.trustedBy));
        if (key.revoked())
            printLine(
                CliText::tr("      REVOKED on %1 by %2%3")
                    .arg(day(key.revokedAt), key.revokedBy,
                         key.revokedReason.isEmpty() ? QString() : QStringLiteral(": ") + key.revokedReason));
    }
    return CommandResult::ok();
}

ExitCode exitCodeFor(core::TrustOutcome outcome)
{
    switch (outcome) {
    case core::TrustOutcome::Trusted:
    case core::TrustOutcome::AlreadyTrusted:
        return ExitCode::Ok;
    case core::TrustOutcome::FileRefused:
        return ExitCode::BundleOrKeyFileRefused;
    case core::TrustOutcome::FingerprintMismatch:
    case core::TrustOutcome::OwnKeys:
    case core::TrustOutcome::WasRevoked:
    case core::TrustOutcome::OtherKeyForStore:
        return ExitCode::TrustRefused;
    case core::TrustOutcome::StoreRefused:
        return ExitCode::Io;
    }
    return ExitCode::Unexpected;
}

CommandResult trust(const CliArguments& arguments, PassphraseSource& passphrases)
{
    const QString path = arguments.teamWords.at(1);
    QFile file(path);
    if (!file.exists())
        return {ExitCode::NotFoundOrExists,
                CliText::tr("there is no public-key file %1").arg(QDir::toNativeSeparators(path)),
                {}};
    if (!file.open(QIODevice::ReadOnly))
        return {ExitCode::Io, CliText::tr("%1 could not be read").arg(QDir::toNativeSeparators(path)),
                file.errorString()};
    const QByteArray bytes = file.read(1024 * 1024);
    // The file's own problems need no store: say them before anyone types a passphrase.
    const core::PublicKeyFileContents contents = core::readPublicKeyFile(bytes);
    if (!contents.ok())
        return {ExitCode::BundleOrKeyFileRefused, contents.problem, {}};
    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const core::TrustResult trusted = core::trustColleague(store->database(), bytes, arguments.fingerprint,
                                                           cliActor(store->database()),
                                                           QDateTime::currentDateTime());
    if (!trusted.ok())
        return {exitCodeFor(trusted.outcome), trusted.message, {}};
    printLine(trusted.message);
    return CommandResult::ok();
}

CommandResult revoke(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const core::RevokeResult revoked = core::revokeColleague(
        store->database(), arguments.teamWords.mid(1).join(u' '), cliActor(store->database()),
        QDateTime::currentDateTime(), arguments.reason);
    switch (revoked.outcome) {
    case core::RevokeOutcome::Revoked:
        printLine(revoked.message);
        return CommandResult::ok();
    case core::RevokeOutcome::NotFound:
        return {ExitCode::NotFoundOrExists, revoked.message, {}};
    case core::RevokeOutcome::NotAFingerprint:
        return CommandResult::usage(revoked.message);
    case core::RevokeOutcome::OwnKeys:
    case core::RevokeOutcome::AlreadyRevoked:
        return {ExitCode::TrustRefused, revoked.message, {}};
    case core::RevokeOutcome::StoreRefused:
        break;
    }
    return {ExitCode::Io, revoked.message, {}};
}

} // namespace

CommandResult runKeys(const CliArguments& arguments, PassphraseSource& passphrases)
{
    const QString action = arguments.teamWords.value(0);
    if (action == u"show")
        return show(arguments, passphrases);
    if (action == u"list")
        return list(arguments, passphrases);
    if (action == u"trust")
        return trust(arguments, passphrases);
    return revoke(arguments, passphrases);
}

} // namespace alongside::cli
