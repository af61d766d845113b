#pragma once

#include <QSqlDatabase>
#include <QString>

namespace alongside::cli {

// Who the store's records name for something done at the command line (trusting a key,
// opening a bundle): the practitioner named in the store, else the account running the CLI,
// marked as done through the CLI.
QString cliActor(const QSqlDatabase& db);

} // namespace alongside::cli
