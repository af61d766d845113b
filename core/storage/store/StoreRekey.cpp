// Changing the key of an open store: a passphrase change, or a move to a newer key-derivation
// parameter set. Both write a complete copy under the new key and rename it over the original,
// rather than SQLCipher's in-place PRAGMA rekey, so that a crash or power cut at any moment
// leaves one whole file that opens with either the old passphrase or the new one.

#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherApi.h"
#include "storage/driver/SqlCipherDriver.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/schema/Migrations.h"
#include "storage/store/KeyProbe.h"
#include "storage/store/Store.h"
#include "storage/store/StoreFile.h"
#include "storage/store/StoreOpener.h"

#include "rules/PassphrasePolicy.h"

#include <QFile>

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
    else if ((status = execSql(db, "SELECT sqlcipher_export('rekeyed')")) != SQLITE_OK)
        failedAt = "export";
    else if ((status = execSql(db, finishing.constData())) != SQLITE_OK)
        failedAt = "user_version";
    else if ((status = execSql(db, marking.constData())) != SQLITE_OK)
        failedAt = "application_id";
    const QString failure = failedAt ? QStringLiteral("%1: %2").arg(QLatin1String(failedAt), lastMessage(db))
                                     : QString();
    execSql(db, "DETACH DATABASE rekeyed");
    if (failedAt)
        return StoreError::make(
            (status & 0xff) == SQLITE_CORRUPT ? StoreErrorKind::Damaged : StoreErrorKind::Io, failure);
    return StoreError::none();
}

} // namespace

StoreError Store::rekeyTo(const SecretBytes& rawKeySpec)
{
    QSqlDatabase db = database();
    sqlite3* connection = db.isOpen() ? static_cast<SqlCipherDriver*>(db.driver())->connection() : nullptr;
    if (!connection)
        return StoreError::make(StoreErrorKind::Io, QStringLiteral("the store is not open"));

    const QString scratch = rekeyScratchPath(m_path);
    removeWithCompanions(scratch);
    // ATTACH inherits the connection's open flags, which do not include "create" (opening a
    // store must never make one by accident), so the empty scratch file is made here.
    if (QFile empty(scratch); !empty.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return StoreError::make(StoreErrorKind::Io, QStringLiteral("cannot create %1").arg(scratch));
    StoreError failure = exportCopy(connection, scratch, rawKeySpec);
    if (failure) {
        removeWithCompanions(scratch);
        return failure;
    }

    // Close the original (SQLite checkpoints and removes its WAL as the last connection goes),
    // then swap. A WAL left behind would belong to the old key, so it must not survive the swap.
    db = QSqlDatabase();
    disconnect();
    for (const QString& companion : {m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm")})
        QFile::remove(companion);

    QString renameFailure;
    if (!replaceFileDurably(scratch, m_path, &renameFailure)) {
        removeWithCompanions(scratch);
        return StoreError::make(StoreErrorKind::Io, renameFailure);
    }
    return connect(rawKeySpec, false);
}

StoreError Store::changePassphrase(SecretBytes current, SecretBytes next)
{
    if (!isOpen())
        return StoreError::make(StoreErrorKind::Io, QStringLiteral("the store is not open"));
    QString text = QString::fromUtf8(next.chars(), static_cast<qsizetype>(next.size()));
    const PassphraseVerdict verdict = assessPassphrase(text);
    wipe(text);
    if (!verdict.acceptable)
        return StoreError{StoreErrorKind::WeakPassphrase, verdict.reason, {}};

    try {
        // Prove the current passphrase: derive its key from the file's salt and read page 1
        // on a second connection (WAL lets it read beside ours).
        const StoreFileProbe probe = probeStoreFile(m_path);
        bool proven = false;
        for (const KdfParameters& parameters : m_options.kdfSchedule.newestFirst()) {
            const SecretBytes spec = rawKeySpec(deriveStoreKey(current, probe.salt, parameters), probe.salt);
            if (probeKey(m_path, spec) == KeyProbe::Opens) {
                proven = true;
                break;
            }
        }
        if (!proven)
            return StoreError::make(StoreErrorKind::WrongPassphrase);

        const StoreSalt salt = randomStoreSalt();
        const KdfParameters& newest = m_options.kdfSchedule.newest();
        const SecretBytes spec = rawKeySpec(deriveStoreKey(next, salt, newest), salt);
        const StoreError failure = rekeyTo(spec);
        if (!failure)
            m_kdfVersion = newest.version;
        return failure;
    } catch (const std::exception& problem) {
        return StoreError::make(StoreErrorKind::Io, QString::fromUtf8(problem.what()));
    }
}

} // namespace alongside::core
