// Changing the key of an open store: a passphrase change, or a move to a newer key-derivation
// parameter set. Both write a complete copy under the new key and rename it over the original,
// rather than SQLCipher's in-place PRAGMA rekey, so that a crash or power cut at any moment
// leaves one whole file that opens with either the old passphrase or the new one.

#include "storage/store/StoreRekey.h"
#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherApi.h"
#include "storage/driver/SqlCipherDriver.h"
#include "storage/schema/Migrations.h"
#include "storage/store/OwnerOnlyFiles.h"
#include "storage/store/PassphraseChange.h"
#include "storage/store/Store.h"
#include "storage/store/StoreFile.h"
#include "storage/store/StoreReader.h"

#include <QFile>
#include <QSqlError>

namespace alongside::core {

namespace {

QString lastMessage(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Writes every table, index, trigger and row of `db` into a new file keyed with `rawKeySpec`.
StoreError exportCopy(sqlite3* db, const QString& scratchPath, const SecretBytes& rawKeySpec)
{
    sqlite3_stmt* attach = nullptr;
    int status = sqlite3_prepare_v2(db, "ATTACH DATABASE ? AS rekeyed KEY ?", -1, &attach, nullptr);
    if (status == SQLITE_OK) {
        const QByteArray path = scratchPath.toUtf8();
        sqlite3_bind_text(attach, 1, path.constData(), static_cast<int>(path.size()), SQLITE_TRANSIENT);
        // Bound, not spliced into SQL text, so the key never sits in a statement string.
        sqlite3_bind_text(attach, 2, rawKeySpec.chars(), static_cast<int>(rawKeySpec.size()), SQLITE_STATIC);
        status = sqlite3_step(attach);
        sqlite3_clear_bindings(attach);
        if (status == SQLITE_DONE)
            status = SQLITE_OK;
    }
    sqlite3_finalize(attach);
    if (status != SQLITE_OK)
        return StoreError::make(StoreErrorKind::Io, QStringLiteral("attach: %1").arg(lastMessage(db)));

    const int version = QString(queryText(db, "PRAGMA main.user_version")).toInt();
    const QByteArray finishing = "PRAGMA rekeyed.user_version = " + QByteArray::number(version);
    const QByteArray marking = "PRAGMA rekeyed.application_id = "
        + QByteArray::number(kAlongsideApplicationId);
    const char* failedAt = nullptr;
    if ((status = applyCipherSettings(db, "rekeyed")) != SQLITE_OK)
        failedAt = "cipher settings";
    // No journal and no syncing while the copy is written: until it is renamed over the store it
    // is only scratch (deleted at the next open if a crash interrupts it), and it is flushed to
    // disk once, whole, just before the rename. Journalling each of the export's statements cost
    // a few hundred fsyncs per passphrase change.
    else if ((status = execSql(db, "PRAGMA rekeyed.journal_mode = OFF")) != SQLITE_OK)
        failedAt = "journal mode";
    else if ((status = execSql(db, "PRAGMA rekeyed.synchronous = OFF")) != SQLITE_OK)
        failedAt = "synchronous";
    else if ((status = execSql(db, "SELECT sqlcipher_export('rekeyed')")) != SQLITE_OK)
        failedAt = "export";
    else if ((status = execSql(db, finishing.constData())) != SQLITE_OK)
        failedAt = "user_version";
    else if ((status = execSql(db, marking.constData())) != SQLITE_OK)
        failedAt = "application_id";
    // Left in the store's own journal mode: otherwise the first connection to the swapped-in
    // file would switch it to WAL, writing and syncing the file (and its folder) on the window's
    // thread as the store opens, which a busy disk can make take hundreds of milliseconds.
    else if ((status = execSql(db, "PRAGMA rekeyed.journal_mode = WAL")) != SQLITE_OK)
        failedAt = "journal mode after the export";
    const QString failure = failedAt ? QStringLiteral("%1: %2").arg(QLatin1String(failedAt), lastMessage(db))
                                     : QString();
    execSql(db, "DETACH DATABASE rekeyed");
    if (failedAt)
        return StoreError::make(
            (status & 0xff) == SQLITE_CORRUPT ? StoreErrorKind::Damaged : StoreErrorKind::Io, failure);
    return StoreError::none();
}

} // namespace

StoreError writeRekeyedCopy(const QString& storePath, const SecretBytes& currentKeySpec,
                            const QString& scratchPath, const SecretBytes& newKeySpec)
{
    removeWithCompanions(scratchPath);
    // ATTACH inherits the connection's open flags, which do not include "create" (opening a
    // store must never make one by accident), so the empty scratch file is made here, owner-only
    // like the store it will replace.
    if (QFile empty(scratchPath); !createOwnerOnlyFile(empty))
        return StoreError::make(StoreErrorKind::Io, QStringLiteral("cannot create %1").arg(scratchPath));
    // A connection of this thread's own, never registered with QSqlDatabase: whichever thread
    // writes the copy, the store's own connection stays with the thread that opened it.
    SqlCipherDriver reading;
    StoreError failure;
    if (!reading.openWithKey(storePath, currentKeySpec, SqlCipherDriver::OpenMode::ExistingFile)) {
        failure = StoreError::make(StoreErrorKind::Io, reading.lastError().text());
    } else {
        failure = exportCopy(reading.connection(), scratchPath, newKeySpec);
        // What the store's own connection has in its WAL is written into the file now, on this
        // (worker) thread, so that closing that connection for the swap has little to do.
        if (!failure)
            execSql(reading.connection(), "PRAGMA wal_checkpoint(PASSIVE)");
        reading.close();
    }
    if (failure)
        removeWithCompanions(scratchPath);
    else
        syncFile(scratchPath); // the copy, written without syncing, reaches the disk here, whole
    return failure;
}

StoreError rekeyClosedStore(const QString& storePath, const SecretBytes& currentKeySpec,
                            const SecretBytes& newKeySpec)
{
    const QString scratch = rekeyScratchPath(storePath);
    const StoreError failure = writeRekeyedCopy(storePath, currentKeySpec, scratch, newKeySpec);
    if (failure)
        return failure;
    // The copy's connection was the last one open, so closing it checkpointed and removed the
    // WAL; one left behind (an earlier crash) belongs to the old key and must not survive.
    for (const QString& companion : {storePath + QStringLiteral("-wal"), storePath + QStringLiteral("-shm")})
        QFile::remove(companion);
    QString renameFailure;
    if (!replaceFileDurably(scratch, storePath, &renameFailure)) {
        removeWithCompanions(scratch);
        return StoreError::make(StoreErrorKind::Io, renameFailure);
    }
    return StoreError::none();
}

StoreError Store::swapInCopy(const QString& scratch, const SecretBytes& rawKeySpec, int kdfVersion)
{
    // Both connections let go of the file, the window's last (SQLite checkpoints and removes the
    // WAL as the last connection goes). They are closed, not removed: the same driver objects
    // open the re-keyed file below, so every copy of the connection held above the store (a
    // workspace's repositories, a worker's reader) carries on without being rebuilt.
    if (m_reader)
        m_reader->suspend();
    auto* driver = isOpen() ? static_cast<SqlCipherDriver*>(database().driver()) : nullptr;
    if (!driver) {
        disconnect();
        removeWithCompanions(scratch);
        return StoreError::make(StoreErrorKind::Io, QStringLiteral("the store is not open"));
    }
    driver->close(); // finalises every statement, then closes the file
    // A WAL left behind would belong to the old key, so it must not survive the swap.
    for (const QString& companion : {m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm")})
        QFile::remove(companion);

    QString renameFailure;
    const bool swapped = replaceFileDurably(scratch, m_path, &renameFailure);
    if (!swapped)
        removeWithCompanions(scratch);
    // After a failed rename the original is still there under the old key, which is no longer
    // at hand: the store stays closed and the window asks for the passphrase again.
    StoreError failure = swapped ? StoreError::none() : StoreError::make(StoreErrorKind::Io, renameFailure);
    if (!failure && !driver->openWithKey(m_path, rawKeySpec, SqlCipherDriver::OpenMode::ExistingFile))
        failure = StoreError::make(StoreErrorKind::Io, driver->lastError().text());
    if (!failure)
        failure = checkContents();
    QString readerFailure;
    if (!failure && m_reader && !m_reader->resume(m_path, rawKeySpec, &readerFailure))
        failure = StoreError::make(StoreErrorKind::Io, readerFailure);
    if (failure) {
        // Closed, still registered: whoever holds a copy lets go of it before close().
        driver->close();
        if (m_reader)
            m_reader->close();
        return failure;
    }
    m_kdfVersion = kdfVersion;
    return StoreError::none();
}

StoreError Store::changePassphrase(SecretBytes current, SecretBytes next)
{
    if (!isOpen())
        return StoreError::make(StoreErrorKind::Io, QStringLiteral("the store is not open"));
    PassphraseChange change(*this);
    const StoreError failure = change.prepare(std::move(current), std::move(next));
    return failure ? failure : change.finish(*this);
}

} // namespace alongside::core
