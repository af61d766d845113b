#include "storage/store/StoreOpener.h"

#include "storage/driver/CipherSettings.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/store/KeyProbe.h"
#include "storage/store/OwnerOnlyFiles.h"
#include "storage/store/Store.h"
#include "storage/store/StoreFile.h"
#include "storage/store/StoreLock.h"
#include "storage/store/StoreRekey.h"

#include "rules/PassphrasePolicy.h"

#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace alongside::core {

StoreOpener::StoreOpener(QString path, Purpose purpose, StoreOptions options)
    : m_path(QFileInfo(path).absoluteFilePath()), m_purpose(purpose), m_options(std::move(options))
{}

StoreOpener::~StoreOpener() = default;

StoreError StoreOpener::prepare()
{
    const StoreFileProbe probe = probeStoreFile(m_path);
    if (m_purpose == Purpose::CreateNew) {
        if (probe.exists)
            return StoreError::make(StoreErrorKind::AlreadyExists, m_path);
        if (!QFileInfo(QFileInfo(m_path).absolutePath()).isDir())
            return StoreError::make(StoreErrorKind::Io, QStringLiteral("no folder for %1").arg(m_path));
    } else {
        if (!probe.exists)
            return StoreError::make(StoreErrorKind::NotFound, m_path);
        if (!probe.readable)
            return StoreError::make(StoreErrorKind::Io, QStringLiteral("cannot read %1").arg(m_path));
        if (probe.plainSqlite)
            return StoreError::make(StoreErrorKind::NotAStore,
                                    QStringLiteral("an unencrypted SQLite database"));
        if (probe.impossibleSize)
            return StoreError::make(StoreErrorKind::Damaged,
                                    QStringLiteral("size %1 is not a whole number of %2-byte pages")
                                        .arg(probe.size)
                                        .arg(kCipherPageSize));
    }
    StoreError error;
    m_lock = StoreLock::acquire(m_path, &error);
    if (!m_lock)
        return error;
    return StoreError::none();
}

StoreError StoreOpener::findKey(SecretBytes passphrase)
{
    if (!m_lock)
        return StoreError::make(StoreErrorKind::Io, QStringLiteral("prepare() was not called"));
    try {
        return m_purpose == Purpose::CreateNew ? deriveNewKey(passphrase) : findExistingKey(passphrase);
    } catch (const std::exception& failure) {
        return StoreError::make(StoreErrorKind::Io, QString::fromUtf8(failure.what()));
    }
}

StoreError StoreOpener::deriveNewKey(const SecretBytes& passphrase)
{
    QString text = QString::fromUtf8(passphrase.chars(), static_cast<qsizetype>(passphrase.size()));
    const PassphraseVerdict verdict = assessPassphrase(text);
    wipe(text);
    if (!verdict.acceptable)
        return StoreError{StoreErrorKind::WeakPassphrase, verdict.reason, {}};
    const StoreSalt salt = randomStoreSalt();
    const KdfParameters& newest = m_options.kdfSchedule.newest();
    m_keySpec = rawKeySpec(deriveStoreKey(passphrase, salt, newest), salt);
    m_kdfVersion = newest.version;
    return StoreError::none();
}

StoreError StoreOpener::findExistingKey(const SecretBytes& passphrase)
{
    const StoreFileProbe probe = probeStoreFile(m_path);
    for (const KdfParameters& parameters : m_options.kdfSchedule.newestFirst()) {
        SecretBytes spec = rawKeySpec(deriveStoreKey(passphrase, probe.salt, parameters), probe.salt);
        QString detail;
        switch (probeKey(m_path, spec, &detail)) {
        case KeyProbe::Opens:
            m_keySpec = std::move(spec);
            m_kdfVersion = parameters.version;
            if (parameters.version != m_options.kdfSchedule.newest().version) {
                // Made with an older parameter set: re-keyed to the newest here, on this (worker)
                // thread, before any connection is made, so the window never waits for the copy.
                const StoreSalt salt = randomStoreSalt();
                SecretBytes upgraded = rawKeySpec(
                    deriveStoreKey(passphrase, salt, m_options.kdfSchedule.newest()), salt);
                if (const StoreError failure = rekeyClosedStore(m_path, m_keySpec, upgraded))
                    return failure;
                m_keySpec = std::move(upgraded);
                m_kdfVersion = m_options.kdfSchedule.newest().version;
            }
            return StoreError::none();
        case KeyProbe::WrongKey:
            continue; // perhaps an older parameter set made this file's key
        case KeyProbe::InUse:
            return StoreError::make(StoreErrorKind::InUse, detail);
        case KeyProbe::Io:
            return StoreError::make(StoreErrorKind::Io, detail);
        }
    }
    return StoreError::make(StoreErrorKind::WrongPassphrase);
}

void StoreOpener::tidyBeforeUse() const
{
    // A passphrase change or creation that was cut off leaves a scratch file; the store
    // itself is whole (the rename had not happened), so the scratch copy can go.
    removeWithCompanions(rekeyScratchPath(m_path));
    removeWithCompanions(creationScratchPath(m_path));
    if (m_purpose == Purpose::OpenExisting) {
        // A store made by an earlier Alongside (or copied in) may be readable by every local
        // account. Tightened before SQLite opens it, because SQLite gives the -wal and -shm it
        // creates the store file's own permissions.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            restrictToOwner(m_path + suffix);
    }
}

std::unique_ptr<Store> StoreOpener::finish(StoreError* error)
{
    StoreError failure;
    if (!m_lock || m_keySpec.isEmpty()) {
        failure = StoreError::make(StoreErrorKind::Io, QStringLiteral("findKey() did not succeed"));
    } else {
        // Only now that the key is known to be right does anything touch the files.
        tidyBeforeUse();
        std::unique_ptr<Store> store(new Store(m_path, std::move(m_lock), m_options));
        store->m_kdfVersion = m_kdfVersion;
        failure = store->connect(m_keySpec, m_purpose == Purpose::CreateNew);
        m_keySpec.clear();
        if (!failure) {
            if (error)
                *error = StoreError::none();
            return store;
        }
    }
    if (error)
        *error = failure;
    return nullptr;
}

} // namespace alongside::core
