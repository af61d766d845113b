#include "storage/store/Store.h"

#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherApi.h"
#include "storage/driver/SqlCipherDriver.h"
#include "storage/schema/Migrations.h"
#include "storage/store/OwnerOnlyFiles.h"
#include "storage/store/StoreFile.h"
#include "storage/store/StoreLock.h"
#include "storage/store/StoreOpener.h"
#include "storage/store/StoreReader.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace alongside::core {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("alongside-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

StoreError errorFromSqlite(int status, const QString& detail)
{
    switch (status & 0xff) {
    case SQLITE_NOTADB:
        return StoreError::make(StoreErrorKind::WrongPassphrase, detail);
    case SQLITE_CORRUPT:
        return StoreError::make(StoreErrorKind::Damaged, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::make(StoreErrorKind::InUse, detail);
    case SQLITE_MISUSE:
        return StoreError::make(StoreErrorKind::NotSqlCipher, detail);
    default:
        return StoreError::make(StoreErrorKind::Io, detail);
    }
}

std::unique_ptr<Store> runOpener(StoreOpener& opener, SecretBytes passphrase, StoreError* error)
{
    StoreError failure = opener.prepare();
    if (!failure)
        failure = opener.findKey(std::move(passphrase));
    if (!failure)
        return opener.finish(error);
    if (error)
        *error = failure;
    return nullptr;
}

} // namespace

Store::Store(QString path, std::unique_ptr<StoreLock> lock, StoreOptions options)
    : m_path(std::move(path)), m_lock(std::move(lock)), m_options(std::move(options))
{}

Store::~Store()
{
    close();
}

std::unique_ptr<Store> Store::open(const QString& path, SecretBytes passphrase, StoreError* error,
                                   const StoreOptions& options)
{
    StoreOpener opener(path, StoreOpener::Purpose::OpenExisting, options);
    return runOpener(opener, std::move(passphrase), error);
}

std::unique_ptr<Store> Store::create(const QString& path, SecretBytes passphrase, StoreError* error,
                                     const StoreOptions& options)
{
    StoreOpener opener(path, StoreOpener::Purpose::CreateNew, options);
    return runOpener(opener, std::move(passphrase), error);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

qint64 Store::rowsWritten() const
{
    const QSqlDatabase db = database();
    auto* driver = db.isOpen() ? static_cast<SqlCipherDriver*>(db.driver()) : nullptr;
    return driver ? sqlite3_total_changes(driver->connection()) : 0;
}

static StoreError openConnection(const QString& filePath, const SecretBytes& rawKeySpec,
                                 SqlCipherDriver::OpenMode mode, const QString& connectionName)
{
    auto* driver = new SqlCipherDriver;
    if (!driver->openWithKey(filePath, rawKeySpec, mode)) {
        const QSqlError failure = driver->lastError();
        delete driver;
        return errorFromSqlite(failure.nativeErrorCode().toInt(), failure.text());
    }
    // QSqlDatabase takes ownership of the driver; the key never passed through it.
    QSqlDatabase::addDatabase(driver, connectionName);
    return StoreError::none();
}

// On a connection just opened: is this an Alongside store this build can use? Brings an older
// schema up to date.
StoreError Store::checkContents()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        const QSqlError readFailure = query.lastError();
        query.finish();
        return errorFromSqlite(readFailure.nativeErrorCode().toInt(), readFailure.text());
    }
    const int applicationId = query.value(0).toInt();
    query.finish();
    if (applicationId != kAlongsideApplicationId)
        return StoreError::make(StoreErrorKind::NotAStore,
                                QStringLiteral("application_id %1").arg(applicationId));
    const int version = schemaVersion(db);
    if (version > latestSchemaVersion()) {
        return StoreError::make(
            StoreErrorKind::NewerSchema,
            QStringLiteral("schema %1, this build knows up to %2").arg(version).arg(latestSchemaVersion()));
    }
    if (version < latestSchemaVersion()) {
        const QString migrationFailure = migrateSchema(db, latestSchemaVersion());
        if (!migrationFailure.isEmpty())
            return StoreError::make(StoreErrorKind::Io, migrationFailure);
    }
    return StoreError::none();
}

StoreError Store::connect(const SecretBytes& rawKeySpec, bool newFile)
{
    m_connectionName = nextConnectionName();
    if (newFile) {
        // Build the new store under a scratch name and rename it into place, so a store that
        // exists at `path` is always complete.
        const QString scratch = creationScratchPath(m_path);
        removeWithCompanions(scratch);
        // Made owner-only here rather than by SQLite (0644 less the umask): SQLite then gives
        // the -wal and -shm it creates the same permissions as this file.
        if (QFile empty(scratch); !createOwnerOnlyFile(empty))
            return StoreError::make(StoreErrorKind::Io, QStringLiteral("cannot create %1").arg(scratch));
        StoreError failure = openConnection(scratch, rawKeySpec, SqlCipherDriver::OpenMode::NewFile,
                                            m_connectionName);
        if (!failure) {
            QSqlDatabase db = database();
            const QString migrationFailure = migrateSchema(db, latestSchemaVersion());
            if (!migrationFailure.isEmpty())
                failure = StoreError::make(StoreErrorKind::Io, migrationFailure);
        }
        disconnect();
        QString renameFailure;
        if (!failure && !replaceFileDurably(scratch, m_path, &renameFailure))
            failure = StoreError::make(StoreErrorKind::Io, renameFailure);
        if (failure) {
            removeWithCompanions(scratch);
            return failure;
        }
        m_connectionName = nextConnectionName();
    }

    StoreError failure = openConnection(m_path, rawKeySpec, SqlCipherDriver::OpenMode::ExistingFile,
                                        m_connectionName);
    if (failure) {
        m_connectionName.clear();
        return failure;
    }

    if (const StoreError notUsable = checkContents(); notUsable) {
        disconnect();
        return notUsable;
    }
    // The workers' connection, made now while the key is at hand, and never from a kept key.
    QString readerFailure;
    m_reader = StoreReader::open(m_path, rawKeySpec, m_connectionName + QStringLiteral("-reader"),
                                 &readerFailure);
    if (!m_reader) {
        disconnect();
        return StoreError::make(StoreErrorKind::Io, readerFailure);
    }
    return StoreError::none();
}

void Store::disconnect()
{
    // The reader first, so that the main connection is the last to close and SQLite checkpoints
    // the write-ahead log into the file as it goes.
    if (m_reader) {
        m_reader->close();
        m_reader.reset();
    }
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close(); // the driver finalises every statement, then closes the file
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

void Store::close()
{
    disconnect();
    m_lock.reset();
}

} // namespace alongside::core
