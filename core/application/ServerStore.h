#pragma once

#include "storage/server/ServerLocation.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace alongside::core {

// Opening a council's PostgreSQL server as a store: the use case the CLI calls (and the GUI's
// "a council server" will). The address is a postgresql:// URI or service=NAME; the password,
// if the server wants one, comes from libpq (~/.pgpass, Kerberos), never from Alongside.
class ServerStore {
public:
    enum class Purpose {
        Use,     // a practitioner's session: the schema must be the one this program knows
        Migrate, // IT, signed in as the owner role: bring the schema up to date first
    };
    // Null, with a plain `error`, if the address is wrong, the server cannot be reached, or (for
    // Use) its schema is not the one this program was built for.
    static std::unique_ptr<ServerStore> open(const QString& address, Purpose purpose, QString* error);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    QSqlDatabase database() const { return m_db; }
    // "the database alongside on db.council.example": for messages.
    QString described() const { return m_location.described(); }
    // The role that signed in, as the server knows it (the history's author).
    QString login() const;

private:
    ServerStore(QString connectionName, QSqlDatabase db, ServerLocation location);
    QString m_connectionName;
    QSqlDatabase m_db;
    ServerLocation m_location;
};

} // namespace alongside::core
