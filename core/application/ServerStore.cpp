#include "application/ServerStore.h"

#include "storage/server/ServerConnection.h"
#include "storage/server/ServerSchema.h"

#include <QAtomicInt>
#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

namespace {

QAtomicInt g_opened;

} // namespace

std::unique_ptr<ServerStore> ServerStore::open(const QString& address, Purpose purpose, QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const std::optional<ServerLocation> location = parseServerLocation(address, error);
    if (!location)
        return nullptr;
    const QString name = QStringLiteral("alongside-server-%1").arg(g_opened.fetchAndAddRelaxed(1));
    std::unique_ptr<ServerStore> store;
    {
        // Scoped, so the store holds the only handle and closing it (on refusal, below) closes
        // the connection.
        const QSqlDatabase db = openServerConnection(*location, name, error);
        if (!db.isValid())
            return nullptr;
        store.reset(new ServerStore(name, db, *location));
    }
    *error = purpose == Purpose::Migrate ? migrateServer(store->database())
                                         : checkServerSchemaForUse(store->database());
    if (!error->isEmpty())
        return nullptr;
    return store;
}

ServerStore::ServerStore(QString connectionName, QSqlDatabase db, ServerLocation location)
    : m_connectionName(std::move(connectionName)), m_db(std::move(db)), m_location(std::move(location))
{}

ServerStore::~ServerStore()
{
    m_db = QSqlDatabase();
    closeServerConnection(m_connectionName);
}

QString ServerStore::login() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT session_user")) && query.next() ? query.value(0).toString()
                                                                             : QString();
}

} // namespace alongside::core
