#pragma once

#include "storage/server/ServerLocation.h"

#include <QSqlDatabase>
#include <QString>

namespace alongside::core {

// A connection to a council's PostgreSQL database through Qt's QPSQL driver (libpq), set up as
// every repository expects: Alongside's own schema first on the search path, and the session's
// time zone this computer's, so a moment written without an offset means the practitioner's
// local time on both backends. Returns an invalid QSqlDatabase and a plain `error` if it could
// not connect. `connectionName` must be unique in the process; close with closeServerConnection.
QSqlDatabase openServerConnection(const ServerLocation& location, const QString& connectionName,
                                  QString* error);
void closeServerConnection(const QString& connectionName);

} // namespace alongside::core
