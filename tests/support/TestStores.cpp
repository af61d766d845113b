#include "support/TestStores.h"

#include "storage/driver/SqlCipherDriver.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/schema/Migrations.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace alongside::test {

core::KdfParameters cheapKdfV1()
{
    return {.version = 1, .opsLimit = 1, .memLimitBytes = std::size_t{8} * 1024};
}

core::KdfParameters cheapKdfV2()
{
    return {.version = 2, .opsLimit = 2, .memLimitBytes = std::size_t{16} * 1024};
}

core::StoreOptions cheapStoreOptions()
{
    return core::StoreOptions{core::KdfSchedule({cheapKdfV1()})};
}

core::SecretBytes secret(const QString& text)
{
    QString copy = text;
    return core::SecretBytes::takeUtf8(copy);
}

TempStoreFolder::TempStoreFolder()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempStoreFolder::storePath() const
{
    return filePath(QStringLiteral("test.alongside"));
}

QString TempStoreFolder::filePath(const QString& name) const
{
    return QDir(m_dir.path()).filePath(name);
}

std::unique_ptr<core::Store> createStore(const QString& path, const QString& passphrase)
{
    core::StoreError error;
    auto store = core::Store::create(path, secret(passphrase), &error, cheapStoreOptions());
    if (!store)
        throw std::runtime_error(
            (QStringLiteral("createStore failed: ") + error.message + u' ' + error.detail).toStdString());
    return store;
}

std::unique_ptr<core::Store> openStore(const QString& path, const QString& passphrase,
                                       core::StoreError* error)
{
    return core::Store::open(path, secret(passphrase), error, cheapStoreOptions());
}

QByteArray readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool makeStoreAtVersion(const QString& path, int version, const std::function<void(QSqlQuery&)>& fill)
{
    const core::StoreSalt salt = core::randomStoreSalt();
    const core::SecretBytes spec = core::rawKeySpec(
        core::deriveStoreKey(secret(QString::fromLatin1(kPassphrase)), salt,
                             cheapStoreOptions().kdfSchedule.newest()),
        salt);
    const QString name = QStringLiteral("store-at-version-") + path;
    bool made = false;
    {
        auto* driver = new core::SqlCipherDriver;
        if (driver->openWithKey(path, spec, core::SqlCipherDriver::OpenMode::NewFile)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
            made = core::migrateSchema(db, version).isEmpty();
            if (made) {
                QSqlQuery query(db);
                fill(query);
            }
            db.close();
        } else {
            delete driver;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return made;
}

} // namespace alongside::test
