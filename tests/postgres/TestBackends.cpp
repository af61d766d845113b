#include "TestBackends.h"

#include "ServerTestDatabase.h"
#include "support/TestStores.h"

#include <QSqlQuery>

namespace alongside::test {

namespace {

class SqlCipherStore final : public BackendStore {
public:
    SqlCipherStore() : m_store(createStore(m_folder.storePath())) {}
    QSqlDatabase database() override { return m_store->database(); }

private:
    TempStoreFolder m_folder;
    std::unique_ptr<core::Store> m_store;
};

class PostgresStore final : public BackendStore {
public:
    PostgresStore() : m_db(m_server.connectAs(QStringLiteral("south_sam"))) {}
    QSqlDatabase database() override { return m_db; }

private:
    ServerTestDatabase m_server;
    QSqlDatabase m_db;
};

} // namespace

qint64 BackendStore::rowsIn(const QString& table)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

std::unique_ptr<BackendStore> storeOn(core::SqlBackend backend)
{
    if (backend == core::SqlBackend::PostgreSql)
        return std::make_unique<PostgresStore>();
    return std::make_unique<SqlCipherStore>();
}

std::string nameOf(core::SqlBackend backend)
{
    return backend == core::SqlBackend::PostgreSql ? "PostgreSQL" : "SQLCipher";
}

} // namespace alongside::test
