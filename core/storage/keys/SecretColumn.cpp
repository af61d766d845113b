#include "storage/keys/SecretColumn.h"

#include "storage/driver/SqlCipherApi.h"
#include "storage/driver/SqlCipherDriver.h"
#include "storage/driver/SqlCipherStatement.h"

namespace alongside::core {

namespace {

sqlite3* connectionOf(const QSqlDatabase& db)
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
    return driver ? driver->connection() : nullptr;
}

int bind(sqlite3_stmt* statement, int position, const BoundValue& value)
{
    if (const auto* text = std::get_if<QString>(&value)) {
        const QByteArray utf8 = text->toUtf8();
        return sqlite3_bind_text(statement, position, utf8.constData(), static_cast<int>(utf8.size()),
                                 SQLITE_TRANSIENT);
    }
    if (const auto* bytes = std::get_if<QByteArray>(&value)) {
        return sqlite3_bind_blob(statement, position, bytes->constData(), static_cast<int>(bytes->size()),
                                 SQLITE_TRANSIENT);
    }
    const SecretBytes* secret = std::get<const SecretBytes*>(value);
    return sqlite3_bind_blob(statement, position, secret->data(), static_cast<int>(secret->size()),
                             SQLITE_TRANSIENT);
}

} // namespace

QString executeWithSecrets(const QSqlDatabase& db, const char* sql, const std::vector<BoundValue>& values)
{
    sqlite3* connection = connectionOf(db);
    if (!connection)
        return QStringLiteral("not an Alongside store connection");
    SqlCipherStatement statement(connection, QByteArray(sql));
    if (statement.prepareStatus() != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(connection));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (bind(statement.handle(), static_cast<int>(i + 1), values[i]) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(connection));
    }
    if (statement.step() != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errmsg(connection));
    return {};
}

SecretBytes readSecretBlob(const QSqlDatabase& db, const char* sql)
{
    sqlite3* connection = connectionOf(db);
    if (!connection)
        return {};
    SqlCipherStatement statement(connection, QByteArray(sql));
    if (statement.prepareStatus() != SQLITE_OK || statement.step() != SQLITE_ROW)
        return {};
    const void* blob = sqlite3_column_blob(statement.handle(), 0);
    const int size = sqlite3_column_bytes(statement.handle(), 0);
    if (!blob || size <= 0)
        return {};
    return SecretBytes::copyOf(static_cast<const char*>(blob), static_cast<std::size_t>(size));
}

} // namespace alongside::core
