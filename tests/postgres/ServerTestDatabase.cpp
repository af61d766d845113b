#include "ServerTestDatabase.h"

#include "storage/server/ServerConnection.h"
#include "storage/server/ServerSchema.h"
#include "support/Catch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace alongside::test {

namespace {

std::atomic<int> g_databases{0};
std::atomic<int> g_connections{0};

[[noreturn]] void cannot(const QString& what)
{
    FAIL(what.toStdString());
    throw std::logic_error("unreachable");
}

// The cluster's superuser, in the cluster's maintenance database.
template <typename Use>
void asSuperuser(Use&& use)
{
    const QString name = QStringLiteral("test-superuser-%1").arg(++g_connections);
    {
        QString error;
        QSqlDatabase db = core::openServerConnection(
            *core::parseServerLocation(QStringLiteral("postgresql:///postgres?host=%1&user=postgres")
                                           .arg(ServerTestDatabase::socketFolder()),
                                       &error),
            name, &error);
        if (!db.isValid())
            cannot(QStringLiteral(
                       "The PostgreSQL test cluster is not reachable (ctest starts it with "
                       "tests/postgres/cluster.sh; run the tests through ctest, or start it yourself): %1")
                       .arg(error));
        use(db);
    }
    core::closeServerConnection(name);
}

void run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        cannot(QStringLiteral("%1\n  in: %2").arg(query.lastError().text(), sql));
}

} // namespace

QString ServerTestDatabase::socketFolder()
{
    // The cluster may live under /tmp behind a link in the build tree (cluster.sh): the real,
    // short path keeps the socket's name within its 107 bytes.
    const QString folder = QStringLiteral(ALONGSIDE_TEST_PG_SOCKET);
    const QString real = QFileInfo(folder).canonicalFilePath();
    return real.isEmpty() ? folder : real;
}

ServerTestDatabase::ServerTestDatabase(Setup setup)
    : m_name(
        QStringLiteral("alongside_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_databases))
{
    asSuperuser([this](QSqlDatabase& db) {
        // The roles IT makes once per cluster (docs/postgresql.md). Tests run two at a time, so
        // their creation is serialised by a lock.
        run(db, QStringLiteral("SELECT pg_advisory_lock(4242)"));
        run(db,
            QStringLiteral("DO $$ BEGIN"
                           " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'alongside_owner') THEN"
                           "  CREATE ROLE alongside_owner LOGIN; END IF;"
                           " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'alongside_member') THEN"
                           "  CREATE ROLE alongside_member NOLOGIN; END IF;"
                           " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'south_sam') THEN"
                           "  CREATE ROLE south_sam LOGIN IN ROLE alongside_member;"
                           "  CREATE ROLE south_sue LOGIN IN ROLE alongside_member;"
                           "  CREATE ROLE north_nia LOGIN IN ROLE alongside_member;"
                           "  CREATE ROLE both_bo LOGIN IN ROLE alongside_member; END IF;"
                           " END $$"));
        run(db, QStringLiteral("SELECT pg_advisory_unlock(4242)"));
        run(db, QStringLiteral("CREATE DATABASE %1 OWNER alongside_owner").arg(m_name));
        run(db, QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(m_name));
        run(db, QStringLiteral("GRANT CONNECT ON DATABASE %1 TO alongside_member").arg(m_name));
    });
    if (setup == Setup::Empty)
        return;
    if (const QString failed = core::migrateServer(connectAs(QStringLiteral("alongside_owner")));
        !failed.isEmpty())
        cannot(failed);
    addTeams();
}

void ServerTestDatabase::addTeams()
{
    QSqlDatabase owner = connectAs(QStringLiteral("alongside_owner"));
    run(owner, QStringLiteral("INSERT INTO team (name) VALUES ('North'), ('South')"));
    run(owner,
        QStringLiteral("INSERT INTO membership (login, team) VALUES ('south_sam', 'South'),"
                       " ('south_sue', 'South'), ('north_nia', 'North'), ('both_bo', 'North'),"
                       " ('both_bo', 'South')"));
}

ServerTestDatabase::~ServerTestDatabase()
{
    for (const QString& connection : m_connections)
        core::closeServerConnection(connection);
    asSuperuser([this](QSqlDatabase& db) {
        QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    });
}

core::ServerLocation ServerTestDatabase::location(const QString& login) const
{
    QString error;
    const auto location = core::parseServerLocation(uri(login), &error);
    if (!location)
        cannot(error);
    return *location;
}

QString ServerTestDatabase::uri(const QString& login) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(m_name, QString::fromUtf8(QUrl::toPercentEncoding(socketFolder())), login);
}

QSqlDatabase ServerTestDatabase::connectAs(const QString& login)
{
    const QString name = QStringLiteral("test-%1-%2").arg(login).arg(++g_connections);
    QString error;
    QSqlDatabase db = core::openServerConnection(location(login), name, &error);
    if (!db.isValid())
        cannot(error);
    m_connections << name;
    return db;
}

} // namespace alongside::test
