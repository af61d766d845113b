// Each store's identity: a random store id and its own key pairs, inside the encrypted store.

#include "TeamFixture.h"

#include "storage/driver/SqlCipherDriver.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/keys/StoreKeysRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/schema/SchemaSteps.h"
#include "storage/store/StoreFile.h"

#include "support/Catch.h"

#include <QDir>
#include <QSqlQuery>

#include <sodium.h>

using namespace alongside;

namespace {

bool signingPairMatches(const core::StoreIdentity& identity, const core::SecretBytes& secret)
{
    unsigned char derived[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(derived, secret.data());
    return QByteArray(reinterpret_cast<const char*>(derived), sizeof derived) == identity.signingKey;
}

bool encryptionPairMatches(const core::StoreIdentity& identity, const core::SecretBytes& secret)
{
    unsigned char derived[crypto_box_PUBLICKEYBYTES];
    crypto_scalarmult_base(derived, secret.data());
    return QByteArray(reinterpret_cast<const char*>(derived), sizeof derived) == identity.encryptionKey;
}

} // namespace

TEST_CASE("a new store has its own random store id, signing key pair and encryption key pair")
{
    test::TempStoreFolder first;
    test::TempStoreFolder second;
    auto a = test::createStore(first.storePath());
    auto b = test::createStore(second.storePath());
    const core::StoreKeysRepository keysA(a->database());
    const auto identityA = keysA.identity();
    const auto identityB = core::StoreKeysRepository(b->database()).identity();
    REQUIRE(identityA);
    REQUIRE(identityB);

    CHECK(identityA->storeId.size() == 32);
    CHECK(identityA->storeId != identityB->storeId);
    CHECK(identityA->signingKey.size() == 32);
    CHECK(identityA->encryptionKey.size() == 32);
    CHECK(identityA->signingKey != identityB->signingKey);
    CHECK(identityA->encryptionKey != identityB->encryptionKey);

    const core::SecretBytes signingSecret = keysA.signingSecret();
    const core::SecretBytes encryptionSecret = keysA.encryptionSecret();
    CHECK(signingSecret.size() == 64);
    CHECK(encryptionSecret.size() == 32);
    CHECK(signingPairMatches(*identityA, signingSecret));
    CHECK(encryptionPairMatches(*identityA, encryptionSecret));
}

TEST_CASE("a store's identity survives closing and opening it again")
{
    test::TempStoreFolder folder;
    core::StoreIdentity before;
    {
        auto store = test::createStore(folder.storePath());
        before = *core::StoreKeysRepository(store->database()).identity();
    }
    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    const auto after = core::StoreKeysRepository(store->database()).identity();
    REQUIRE(after);
    CHECK(after->storeId == before.storeId);
    CHECK(after->signingKey == before.signingKey);
    CHECK(after->encryptionKey == before.encryptionKey);
}

TEST_CASE("the secret keys are inside the encryption: neither appears anywhere in the store's files")
{
    test::TempStoreFolder folder;
    QByteArray signingSecret;
    QByteArray encryptionSecret;
    QByteArray storeId;
    {
        auto store = test::createStore(folder.storePath());
        const core::StoreKeysRepository keys(store->database());
        const core::SecretBytes signing = keys.signingSecret();
        const core::SecretBytes encryption = keys.encryptionSecret();
        signingSecret = QByteArray(signing.chars(), qsizetype(signing.size()));
        encryptionSecret = QByteArray(encryption.chars(), qsizetype(encryption.size()));
        storeId = keys.identity()->storeId.toLatin1();
    }
    QByteArray everything;
    for (const QString& name : QDir(folder.dir().path()).entryList(QDir::Files | QDir::Hidden))
        everything += test::readWholeFile(folder.filePath(name));
    REQUIRE(everything.size() > 4096);
    CHECK_FALSE(everything.contains(signingSecret.left(32)));
    CHECK_FALSE(everything.contains(signingSecret.right(32)));
    CHECK_FALSE(everything.contains(encryptionSecret));
    CHECK_FALSE(everything.contains(storeId));
}

TEST_CASE("a store's identity can never be changed or deleted, even with SQL")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    QSqlQuery query(store->database());
    CHECK_FALSE(query.exec(
        QStringLiteral("UPDATE store_identity SET store_id = '00000000000000000000000000000000'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM store_identity")));
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO store_identity (id, store_id, signing_key, "
                                          "signing_secret, encryption_key, encryption_secret,"
                                          " created_at) SELECT 2, store_id, signing_key, signing_secret, "
                                          "encryption_key, encryption_secret, created_at"
                                          " FROM store_identity")));
    CHECK(core::StoreKeysRepository(store->database()).identity());
}

TEST_CASE("a store made before keys existed gets its identity when it is opened")
{
    test::TempStoreFolder folder;
    {
        // What Alongside left before the keys' schema step: the raw driver, migrated to the step before.
        const core::StoreSalt salt = core::randomStoreSalt();
        const core::SecretBytes spec = core::rawKeySpec(
            core::deriveStoreKey(test::secret(QString::fromLatin1(test::kPassphrase)), salt,
                                 test::cheapStoreOptions().kdfSchedule.newest()),
            salt);
        auto* driver = new core::SqlCipherDriver;
        REQUIRE(driver->openWithKey(folder.storePath(), spec, core::SqlCipherDriver::OpenMode::NewFile));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("before-keys"));
        REQUIRE(core::migrateSchema(db, core::schemaStep8TeamKeys().toVersion - 1).isEmpty());
        QSqlQuery query(db);
        CHECK_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM store_identity")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before-keys"));

    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    CHECK(core::schemaVersion(store->database()) == core::latestSchemaVersion());
    const auto identity = core::StoreKeysRepository(store->database()).identity();
    REQUIRE(identity);
    CHECK(identity->storeId.size() == 32);
    CHECK(core::StoreKeysRepository(store->database()).encryptionSecret().size() == 32);
}
