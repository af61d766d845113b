// The commands on a council's PostgreSQL server that have no store-file counterpart: `db
// migrate` (IT, as the owner role) and `info` (what this login sees there).

#include "ServerCommands.h"

#include "CliArguments.h"
#include "CliText.h"
#include "Console.h"
#include "StoreUnlock.h"

#include "storage/server/ServerSchema.h"

#include <QSqlQuery>

namespace alongside::cli {

namespace {

QString oneValue(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

} // namespace

CommandResult runDbMigrate(const CliArguments& arguments)
{
    CommandResult result;
    const auto server = openServer(arguments, core::ServerStore::Purpose::Migrate, &result);
    if (!server)
        return result;
    printLine(CliText::tr("%1 is at schema version %2, migrated by %3.")
                  .arg(server->described())
                  .arg(core::serverSchemaVersion(server->database()))
                  .arg(server->login()));
    return CommandResult::ok();
}

CommandResult runServerInfo(const CliArguments& arguments)
{
    CommandResult result;
    const auto server = openServer(arguments, core::ServerStore::Purpose::Use, &result);
    if (!server)
        return result;
    const QSqlDatabase db = server->database();
    printLine(CliText::tr("Server: %1").arg(server->described()));
    printLine(CliText::tr("Signed in as: %1").arg(server->login()));
    printLine(CliText::tr("Schema version: %1 (latest known %2)")
                  .arg(core::serverSchemaVersion(db))
                  .arg(core::latestServerSchemaVersion()));
    const QString teams = oneValue(
        db,
        QStringLiteral("SELECT string_agg(team, ', ' ORDER BY team) FROM alongside.my_teams() AS t(team)"));
    printLine(CliText::tr("Teams: %1")
                  .arg(teams.isEmpty() ? CliText::tr("none (ask IT to add this login to a team)") : teams));
    printLine(CliText::tr("Cases this login can see: %1")
                  .arg(oneValue(db, QStringLiteral("SELECT count(*) FROM safeguarding_case"))));
    return CommandResult::ok();
}

CommandResult refuseOnServer(const CliArguments& arguments)
{
    Q_UNUSED(arguments);
    return {ExitCode::NotSupportedYet,
            CliText::tr("this command does not work on a council server yet; on a server, alongside-cli can "
                        "do info, import, export and db migrate (docs/postgresql.md)"),
            {}};
}

} // namespace alongside::cli
