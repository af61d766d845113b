#pragma once

#include "storage/server/ServerLocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace alongside::test {

// A fresh database in the throwaway test cluster (tests/postgres/cluster.sh, started by ctest),
// set up the way docs/postgresql.md tells a council's IT: the owner role migrates it, and two
// teams have members. Logins (all members of alongside_member):
//   south_sam, south_sue → South;  north_nia → North;  both_bo → North and South.
// Dropped, with every connection it opened, when it goes out of scope.
class ServerTestDatabase {
public:
    enum class Setup { Migrated, Empty };
    // Migrated: IT's migration run, teams North and South with their members. Empty: only the
    // database, owned by the owner role, for a test that migrates it itself.
    explicit ServerTestDatabase(Setup setup = Setup::Migrated);
    // The teams and members above, in a database already migrated.
    void addTeams();
    ~ServerTestDatabase();
    ServerTestDatabase(const ServerTestDatabase&) = delete;
    ServerTestDatabase& operator=(const ServerTestDatabase&) = delete;

    // A connection as `login`, set up like the app's own (openServerConnection). Fails the test
    // with what went wrong if it cannot connect.
    QSqlDatabase connectAs(const QString& login);
    // The address the CLI would be given for `login`.
    QString uri(const QString& login) const;
    core::ServerLocation location(const QString& login) const;
    const QString& name() const { return m_name; }

    // The test cluster's socket folder (ALONGSIDE_TEST_PG_SOCKET).
    static QString socketFolder();

private:
    QString m_name;
    QStringList m_connections;
};

} // namespace alongside::test
