#pragma once

#include <QList>
#include <QSqlDriver>

struct sqlite3;

namespace alongside::core {

class SecretBytes;
class SqlCipherResult;

// A QSqlDriver over the SQLCipher C API, written on Qt's public API only, so QSqlQuery,
// QSqlQueryModel and QSqlTableModel work on an encrypted file. Qt's own QSQLITE plugin is
// never loaded in this process: it would bind to SQLCipher's symbols without a key.
class SqlCipherDriver : public QSqlDriver {
    Q_OBJECT

public:
    static constexpr auto kDriverName = "ALONGSIDE_SQLCIPHER";
    // Makes QSqlDatabase::addDatabase(kDriverName) create this driver. Idempotent.
    static void registerWithQt();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    enum class OpenMode { ExistingFile, NewFile };
    // The application's way in: the key spec goes straight to SQLCipher and never into
    // QSqlDatabase's stored password. Verifies the key, the cipher library and applies the
    // session pragmas. On failure lastError().nativeErrorCode() holds the SQLite code.
    bool openWithKey(const QString& path, const SecretBytes& rawKeySpec, OpenMode mode);

    // QSqlDatabase's way in (generic tools): `password` is a raw key spec x'…'.
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;

    bool hasFeature(DriverFeature feature) const override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_db; }

private:
    friend class SqlCipherResult;
    void track(SqlCipherResult* result) const;
    void untrack(SqlCipherResult* result) const;
    bool fail(const QString& what, int status);
    bool execTransactionStatement(const char* sql, const QString& what);

    sqlite3* m_db = nullptr;
    mutable QList<SqlCipherResult*> m_results; // finalised on close
};

} // namespace alongside::core
