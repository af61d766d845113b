#pragma once

#include "CommandResult.h"

namespace alongside::cli {

struct CliArguments;

// Commands on a council's PostgreSQL server (arguments.storePath names one). No passphrase:
// libpq finds any password itself (~/.pgpass) or signs in with Kerberos.
CommandResult runDbMigrate(const CliArguments& arguments);
CommandResult runServerInfo(const CliArguments& arguments);
// What a command not yet built for a server says there.
CommandResult refuseOnServer(const CliArguments& arguments);

} // namespace alongside::cli
