// Slow work beside an open store (issue 10, finding 7): a worker reads through the store's
// second connection, and a passphrase change writes its copy on a worker, while the store's own
// connection stays with the thread that opened it. No key is handed to a worker.

#include "storage/store/PassphraseChange.h"
#include "storage/store/StoreFile.h"
#include "storage/store/StoreReader.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

using namespace alongside;
using core::StoreErrorKind;

namespace {

void addPerson(QSqlDatabase db, const QString& name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO person (given_name, family_name, created_at) VALUES (?, 'Example', '2026-01-01')"));
    query.addBindValue(name);
    REQUIRE(query.exec());
}

int peopleIn(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM person")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("a worker thread reads through the store's second connection while the first keeps writing")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    addPerson(store->database(), QStringLiteral("Doris"));
    const std::shared_ptr<core::StoreReader> reader = store->reader();
    REQUIRE(reader);

    int seen = -1;
    bool readOnly = false;
    Qt::HANDLE readOn = nullptr;
    std::thread worker([&] {
        CHECK(reader->read([&](const QSqlDatabase& db) {
            readOn = QThread::currentThreadId();
            seen = peopleIn(db);
            // The workers' connection only reads.
            QSqlQuery write(db);
            readOnly = !write.exec(QStringLiteral(
                "INSERT INTO person (given_name, family_name, created_at) VALUES ('X', 'Y', '2026-01-01')"));
        }));
    });
    worker.join();
    CHECK(seen == 1);
    CHECK(readOnly);
    CHECK(readOn != QThread::currentThreadId());
    // Meanwhile, and afterwards, the store's own connection is the window's as before.
    addPerson(store->database(), QStringLiteral("Sam"));
    CHECK(peopleIn(store->database()) == 2);
}

TEST_CASE("closing the store interrupts a worker's read, waits for it, and refuses any later read")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    const std::shared_ptr<core::StoreReader> reader = store->reader();
    std::atomic<bool> reading = false;
    bool failedQuickly = false;
    std::thread worker([&] {
        reader->read([&](const QSqlDatabase& db) {
            QSqlQuery endless(db);
            reading = true;
            // A query that would run for minutes: only an interrupt ends it.
            failedQuickly = !endless.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"));
        });
    });
    while (!reading)
        QThread::msleep(1);
    QThread::msleep(20);
    store->close();
    worker.join();
    CHECK(failedQuickly);
    CHECK(QSqlDatabase::connectionNames().isEmpty());
    CHECK_FALSE(reader->read([](const QSqlDatabase&) { FAIL("read after close"); }));
}

TEST_CASE("a passphrase change writes its copy on a worker while the store stays open, then swaps it in")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    addPerson(store->database(), QStringLiteral("Doris"));

    core::PassphraseChange change(*store);
    core::StoreError prepared;
    std::thread worker([&] {
        prepared = change.prepare(test::secret(QString::fromLatin1(test::kPassphrase)),
                                  test::secret(QString::fromLatin1(test::kOtherPassphrase)));
    });
    worker.join();
    REQUIRE_FALSE(prepared);
    // Until the swap, nothing has changed: the store is open under the old key.
    CHECK(peopleIn(store->database()) == 1);
    CHECK(QFile::exists(core::rekeyScratchPath(folder.storePath())));

    REQUIRE_FALSE(change.finish(*store));
    CHECK(peopleIn(store->database()) == 1);
    CHECK_FALSE(QFile::exists(core::rekeyScratchPath(folder.storePath())));
    store->close();
    core::StoreError error;
    CHECK_FALSE(test::openStore(folder.storePath(), QString::fromLatin1(test::kPassphrase), &error));
    CHECK(error.kind == StoreErrorKind::WrongPassphrase);
    const auto reopened = test::openStore(folder.storePath(), QString::fromLatin1(test::kOtherPassphrase));
    REQUIRE(reopened);
    CHECK(peopleIn(reopened->database()) == 1);
}

TEST_CASE("after a passphrase change the store's connection and reader, held from before it, carry on "
          "under the new key, so nothing above the store is rebuilt")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    // Held from before the change, as a workspace's repositories and the figures page hold them.
    const QSqlDatabase heldConnection = store->database();
    const std::shared_ptr<core::StoreReader> heldReader = store->reader();
    addPerson(heldConnection, QStringLiteral("Doris"));

    core::PassphraseChange change(*store);
    core::StoreError prepared;
    std::thread worker([&] {
        prepared = change.prepare(test::secret(QString::fromLatin1(test::kPassphrase)),
                                  test::secret(QString::fromLatin1(test::kOtherPassphrase)));
    });
    worker.join();
    REQUIRE_FALSE(prepared);
    REQUIRE_FALSE(change.finish(*store));

    // The same connection writes and reads the re-keyed file.
    addPerson(heldConnection, QStringLiteral("Sam"));
    CHECK(peopleIn(heldConnection) == 2);
    CHECK(store->reader() == heldReader);
    int seen = -1;
    std::thread reading(
        [&] { CHECK(heldReader->read([&](const QSqlDatabase& db) { seen = peopleIn(db); })); });
    reading.join();
    CHECK(seen == 2);

    // And what it wrote after the swap is in the file under the new passphrase only.
    store->close();
    const auto reopened = test::openStore(folder.storePath(), QString::fromLatin1(test::kOtherPassphrase));
    REQUIRE(reopened);
    CHECK(peopleIn(reopened->database()) == 2);
}

TEST_CASE("a record saved while the copy is being written stops the change rather than being lost")
{
    test::TempStoreFolder folder;
    const auto store = test::createStore(folder.storePath());
    core::PassphraseChange change(*store);
    REQUIRE_FALSE(change.prepare(test::secret(QString::fromLatin1(test::kPassphrase)),
                                 test::secret(QString::fromLatin1(test::kOtherPassphrase))));
    addPerson(store->database(), QStringLiteral("Written meanwhile")); // after the copy was taken

    const core::StoreError refused = change.finish(*store);
    REQUIRE(refused);
    CHECK(refused.message.contains(QStringLiteral("something was saved")));
    CHECK(peopleIn(store->database()) == 1);
    store->close();
    CHECK_FALSE(QFile::exists(core::rekeyScratchPath(folder.storePath())));
    const auto reopened = test::openStore(folder.storePath(), QString::fromLatin1(test::kPassphrase));
    REQUIRE(reopened);
    CHECK(peopleIn(reopened->database()) == 1);
}

TEST_CASE("a change given up before its copy is swapped in leaves no copy and no change")
{
    test::TempStoreFolder folder;
    {
        const auto store = test::createStore(folder.storePath());
        core::PassphraseChange change(*store);
        REQUIRE_FALSE(change.prepare(test::secret(QString::fromLatin1(test::kPassphrase)),
                                     test::secret(QString::fromLatin1(test::kOtherPassphrase))));
    } // the window locked: change and store gone
    CHECK_FALSE(QFile::exists(core::rekeyScratchPath(folder.storePath())));
    CHECK(test::openStore(folder.storePath(), QString::fromLatin1(test::kPassphrase)));
}
