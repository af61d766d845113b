// Changing the passphrase, and moving a store to a newer key-derivation parameter set.

#include "storage/repositories/CaseloadRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/store/StoreFile.h"
#include "storage/store/StoreInfo.h"
#include "storage/store/StoreOpener.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace alongside;
using core::StoreErrorKind;

namespace {

void addPerson(core::Store& store, const QString& name)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO person (given_name, family_name, created_at) VALUES (?, 'Example', '2026-01-01')"));
    query.addBindValue(name);
    REQUIRE(query.exec());
}

QStringList peopleIn(core::Store& store)
{
    QStringList names;
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("SELECT given_name FROM person ORDER BY id")));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("after a passphrase change the old passphrase is useless and every record is intact")
{
    test::TempStoreFolder folder;
    const QString oldPassphrase = QString::fromLatin1(test::kPassphrase);
    const QString newPassphrase = QString::fromLatin1(test::kOtherPassphrase);
    {
        auto store = test::createStore(folder.storePath());
        addPerson(*store, QStringLiteral("Ada"));
        addPerson(*store, QStringLiteral("Bea"));
        const auto saltBefore = core::probeStoreFile(folder.storePath()).salt;
        const core::StoreError error = store->changePassphrase(test::secret(oldPassphrase),
                                                               test::secret(newPassphrase));
        INFO(error.detail.toStdString());
        REQUIRE_FALSE(error.isError());
        CHECK(core::probeStoreFile(folder.storePath()).salt != saltBefore);
        // Still usable straight after the change, without reopening.
        addPerson(*store, QStringLiteral("Cai"));
    }
    core::StoreError error;
    CHECK_FALSE(test::openStore(folder.storePath(), oldPassphrase, &error));
    CHECK(error.kind == StoreErrorKind::WrongPassphrase);

    auto store = test::openStore(folder.storePath(), newPassphrase, &error);
    REQUIRE(store);
    CHECK(peopleIn(*store)
          == QStringList{QStringLiteral("Ada"), QStringLiteral("Bea"), QStringLiteral("Cai")});
    CHECK(core::verifyStore(*store).ok);
    CHECK(core::readStoreInfo(*store).schemaVersion == core::latestSchemaVersion());
    // No scratch copy is left beside the store.
    CHECK_FALSE(QFile::exists(core::rekeyScratchPath(folder.storePath())));
}

TEST_CASE("a passphrase change with the wrong current passphrase changes nothing")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    addPerson(*store, QStringLiteral("Ada"));
    const core::StoreError error = store->changePassphrase(
        test::secret(QStringLiteral("a wrong guess at it")),
        test::secret(QString::fromLatin1(test::kOtherPassphrase)));
    CHECK(error.kind == StoreErrorKind::WrongPassphrase);
    CHECK(store->isOpen());
    store->close();
    CHECK(test::openStore(folder.storePath()));
}

TEST_CASE("a passphrase change to a weak passphrase is refused before anything is written")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const core::StoreError error = store->changePassphrase(
        test::secret(QString::fromLatin1(test::kPassphrase)), test::secret(QStringLiteral("abc123")));
    CHECK(error.kind == StoreErrorKind::WeakPassphrase);
    store->close();
    CHECK(test::openStore(folder.storePath()));
}

TEST_CASE("a store keyed with an older parameter set opens and is re-keyed to the newest set")
{
    test::TempStoreFolder folder;
    const core::StoreOptions onlyOld{core::KdfSchedule({test::cheapKdfV1()})};
    const core::StoreOptions newAndOld{core::KdfSchedule({test::cheapKdfV2(), test::cheapKdfV1()})};
    const core::StoreOptions onlyNew{core::KdfSchedule({test::cheapKdfV2()})};
    const QString passphrase = QString::fromLatin1(test::kPassphrase);
    core::StoreError error;
    {
        auto store = core::Store::create(folder.storePath(), test::secret(passphrase), &error, onlyOld);
        REQUIRE(store);
        addPerson(*store, QStringLiteral("Ada"));
    }
    // Before the upgrade, a build that only knows the new set cannot open it.
    CHECK_FALSE(core::Store::open(folder.storePath(), test::secret(passphrase), &error, onlyNew));
    CHECK(error.kind == StoreErrorKind::WrongPassphrase);
    {
        auto store = core::Store::open(folder.storePath(), test::secret(passphrase), &error, newAndOld);
        REQUIRE(store);
        CHECK(store->kdfVersion() == 2);
        CHECK(peopleIn(*store) == QStringList{QStringLiteral("Ada")});
    }
    auto upgraded = core::Store::open(folder.storePath(), test::secret(passphrase), &error, onlyNew);
    REQUIRE(upgraded);
    CHECK(peopleIn(*upgraded) == QStringList{QStringLiteral("Ada")});
    upgraded->close();
    CHECK_FALSE(core::Store::open(folder.storePath(), test::secret(passphrase), &error, onlyOld));
}

TEST_CASE("a store re-keyed as it unlocks is written in its own journal mode, so opening it then writes "
          "nothing to it")
{
    // Opening runs in the window's thread: a switch of journal mode there would write the file and
    // sync it and its folder, holding the window up for as long as a busy disk takes (issue 10).
    test::TempStoreFolder folder;
    const QString passphrase = QString::fromLatin1(test::kPassphrase);
    core::StoreError error;
    {
        auto store = core::Store::create(folder.storePath(), test::secret(passphrase), &error,
                                         core::StoreOptions{core::KdfSchedule({test::cheapKdfV1()})});
        REQUIRE(store);
        addPerson(*store, QStringLiteral("Ada"));
    }
    core::StoreOpener opener(folder.storePath(), core::StoreOpener::Purpose::OpenExisting,
                             core::StoreOptions{core::KdfSchedule({test::cheapKdfV2(), test::cheapKdfV1()})});
    REQUIRE_FALSE(opener.prepare());
    REQUIRE_FALSE(opener.findKey(test::secret(passphrase))); // the worker's part: re-keyed here
    const QByteArray rekeyed = fileHash(folder.storePath());
    const auto store = opener.finish(&error); // the window's part
    REQUIRE(store);
    CHECK(store->kdfVersion() == 2);
    CHECK(fileHash(folder.storePath()) == rekeyed);
    CHECK(peopleIn(*store) == QStringList{QStringLiteral("Ada")});
}
