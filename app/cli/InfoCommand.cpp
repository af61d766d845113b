#include "StoreCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "storage/store/StoreInfo.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace alongside::cli {

namespace {

// Stable keys for scripts: add new ones, never rename.
QString asJson(const core::StoreInfo& info)
{
    const QJsonObject object{
        {QStringLiteral("path"), QDir::toNativeSeparators(info.path)},
        {QStringLiteral("fileBytes"), info.fileBytes},
        {QStringLiteral("schemaVersion"), info.schemaVersion},
        {QStringLiteral("latestSchemaVersion"), info.latestSchemaVersion},
        {QStringLiteral("kdfVersion"), info.kdfVersion},
        {QStringLiteral("cipherVersion"), info.cipherVersion},
        {QStringLiteral("cipherPageSize"), info.cipherPageSize},
        {QStringLiteral("journalMode"), info.journalMode},
        {QStringLiteral("people"), info.people},
        {QStringLiteral("cases"), info.cases},
        {QStringLiteral("notes"), info.notes},
        {QStringLiteral("drafts"), info.drafts},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

QString asText(const core::StoreInfo& info)
{
    const QList<std::pair<QString, QString>> rows{
        {CliText::tr("Store"), QDir::toNativeSeparators(info.path)},
        {CliText::tr("Schema version"),
         CliText::tr("%1 (latest known %2)").arg(info.schemaVersion).arg(info.latestSchemaVersion)},
        {CliText::tr("People"), QString::number(info.people)},
        {CliText::tr("Cases"), QString::number(info.cases)},
        {CliText::tr("Notes"), QString::number(info.notes)},
        {CliText::tr("Drafts"), QString::number(info.drafts)},
        {CliText::tr("Cipher version"), info.cipherVersion},
        {CliText::tr("Cipher page size"), CliText::tr("%1 bytes").arg(info.cipherPageSize)},
        {CliText::tr("Journal mode"), info.journalMode},
        {CliText::tr("Key derivation set"), QString::number(info.kdfVersion)},
        {CliText::tr("File size"), CliText::tr("%1 bytes").arg(info.fileBytes)},
    };
    qsizetype width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    QStringList lines;
    for (const auto& row : rows)
        lines << (row.first + u':').leftJustified(width + 2) + row.second;
    return lines.join(u'\n');
}

} // namespace

CommandResult runInfo(const CliArguments& arguments, PassphraseSource& passphrases)
{
    CommandResult result;
    const auto store = unlockStore(arguments, passphrases, &result);
    if (!store)
        return result;
    const core::StoreInfo info = core::readStoreInfo(*store);
    // The store unlocked, but pages past the first failed their check.
    if (info.error.isError()) {
        CommandResult damaged = CommandResult::from(info.error);
        damaged.message += CliText::tr(" Run verify for details.");
        return damaged;
    }
    printLine(arguments.json ? asJson(info) : asText(info));
    return CommandResult::ok();
}

} // namespace alongside::cli
