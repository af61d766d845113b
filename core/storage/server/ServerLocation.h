#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace alongside::core {

// A council's PostgreSQL database, named the way libpq names one: a `postgresql://` URI or a
// service from pg_service.conf (`service=NAME`). Never a password: libpq finds it in ~/.pgpass,
// Kerberos/GSSAPI needs none, and a password on a command line is visible to every process on
// the machine. A server reached over the network is checked with full certificate checking
// (sslmode=verify-full) unless the location itself names another sslmode.
struct ServerLocation {
    // libpq connection keywords and values, in the order given (host, port, user, dbname,
    // service, sslmode, …).
    std::vector<std::pair<QString, QString>> options;

    QString value(const QString& keyword) const;
    // "the alongside database on db.council.example as alice", for messages (never secrets).
    QString described() const;
};

// True for text that names a server rather than a store file.
bool namesServer(const QString& text);

// The location, or the plain sentence saying what is wrong with the text (`error`).
std::optional<ServerLocation> parseServerLocation(const QString& text, QString* error);

} // namespace alongside::core
