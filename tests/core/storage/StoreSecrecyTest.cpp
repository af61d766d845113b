// What a thief with the laptop (and its temp folders) would find: nothing readable.

#include "storage/driver/CipherSettings.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/repositories/DraftRepository.h"
#include "storage/store/StoreFile.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QDirIterator>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace alongside;

namespace {

const QString kCanary = QStringLiteral("CANARY-Zebedee-Quaggaworth-7731");

// Every file in the folder (store, WAL, shared memory, lock) and any temp file made since.
QStringList filesHoldingCanary(const QString& folder)
{
    QStringList holders;
    const QByteArray utf8 = kCanary.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(kCanary.utf16()), kCanary.size() * 2);
    for (const QString& root : {folder, QDir::tempPath()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden,
                        root == folder ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = test::readWholeFile(path);
            if (bytes.contains(utf8) || bytes.contains(utf16))
                holders << path;
        }
    }
    return holders;
}

core::SecretBytes keySpecFor(const QString& path)
{
    const core::StoreSalt salt = core::probeStoreFile(path).salt;
    return core::rawKeySpec(core::deriveStoreKey(test::secret(QString::fromLatin1(test::kPassphrase)), salt,
                                                 test::cheapStoreOptions().kdfSchedule.newest()),
                            salt);
}

} // namespace

TEST_CASE("no plaintext canary appears in the store, its WAL or any temp file, while open or after closing")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral(
        "INSERT INTO person (given_name, family_name, created_at) VALUES (?, ?, '2026-01-01')"));
    query.addBindValue(kCanary);
    query.addBindValue(kCanary);
    REQUIRE(query.exec());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at)"
        " VALUES (1, 'C-1', 'Concern', '2026-01-01', '2026-01-01')")));
    query.prepare(QStringLiteral(
        "INSERT INTO case_note (case_id, written_at, author, body) VALUES (1, '2026-01-01', 'T', ?)"));
    query.addBindValue(kCanary.repeated(50));
    REQUIRE(query.exec());
    // A large sort forces SQLite to consider spilling to a temp file; temp_store=MEMORY keeps it off disk.
    REQUIRE(query.exec(QStringLiteral("SELECT body FROM case_note ORDER BY body || randomblob(100000)")));
    REQUIRE(core::DraftRepository(store->database())
                .save(QStringLiteral("quick-note"), kCanary, QDateTime::currentDateTimeUtc()));
    query.finish();

    CHECK(QFile::exists(folder.storePath() + QStringLiteral("-wal")));
    CHECK(filesHoldingCanary(folder.dir().path()).isEmpty());
    store->close();
    CHECK(filesHoldingCanary(folder.dir().path()).isEmpty());
}

TEST_CASE("the file's first 16 bytes are the random salt that the key was derived with")
{
    test::TempStoreFolder folder;
    test::createStore(folder.storePath())->close();
    const core::StoreFileProbe probe = core::probeStoreFile(folder.storePath());
    CHECK_FALSE(probe.plainSqlite);
    CHECK(probe.salt != core::StoreSalt{});
    CHECK(probe.size % core::kCipherPageSize == 0);

    test::TempStoreFolder another;
    test::createStore(another.storePath())->close();
    CHECK(core::probeStoreFile(another.storePath()).salt != probe.salt);
    // No side file holds the salt: the folder has the store and nothing else once closed.
    CHECK(QDir(folder.dir().path()).entryList(QDir::Files) == QStringList{QStringLiteral("test.alongside")});
}

TEST_CASE("the stock sqlcipher tool opens the store given the derived raw key and a 4096-byte page size")
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    INFO("install Debian's sqlcipher package (packaging/debian/install-build-deps.sh does)");
    REQUIRE_FALSE(tool.isEmpty());

    test::TempStoreFolder folder;
    {
        auto store = test::createStore(folder.storePath());
        REQUIRE(QSqlQuery(store->database())
                    .exec(QStringLiteral("INSERT INTO person (given_name, family_name, created_at) VALUES "
                                         "('Recovered', 'Example', '2026-01-01')")));
    }
    const core::SecretBytes spec = keySpecFor(folder.storePath());
    QProcess sqlcipher;
    sqlcipher.start(tool, {folder.storePath()});
    REQUIRE(sqlcipher.waitForStarted());
    // Exactly the recovery recipe in docs/storage.md.
    sqlcipher.write("PRAGMA key = \"" + QByteArray(spec.chars(), static_cast<qsizetype>(spec.size()))
                    + "\";\n");
    sqlcipher.write("PRAGMA cipher_page_size = 4096;\n");
    sqlcipher.write("SELECT given_name FROM person;\n");
    sqlcipher.closeWriteChannel();
    REQUIRE(sqlcipher.waitForFinished(30000));
    const QByteArray output = sqlcipher.readAllStandardOutput();
    INFO(output.toStdString() << sqlcipher.readAllStandardError().toStdString());
    CHECK(output.contains("Recovered"));
}

TEST_CASE("the recovery script in docs/storage.md derives the key of a store made with production settings")
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"),
                                                          {QStringLiteral("/usr/bin")});
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    INFO("needs Debian's python3, python3-argon2 and sqlcipher (packaging/debian/install-build-deps.sh)");
    REQUIRE_FALSE(python.isEmpty());
    REQUIRE_FALSE(tool.isEmpty());

    test::TempStoreFolder folder;
    {
        core::StoreError error;
        // The real parameter set: this is what a council's IT would face.
        auto store = core::Store::create(folder.storePath(),
                                         test::secret(QString::fromLatin1(test::kPassphrase)), &error);
        REQUIRE(store);
        REQUIRE(QSqlQuery(store->database())
                    .exec(QStringLiteral("INSERT INTO person (given_name, family_name, created_at) VALUES "
                                         "('Recovered', 'Example', '2026-01-01')")));
    }
    QProcess derive;
    derive.start(
        python,
        {QStringLiteral(ALONGSIDE_SOURCE_DIR "/packaging/recovery/derive-store-key.py"), folder.storePath()});
    REQUIRE(derive.waitForStarted());
    derive.write(QByteArray(test::kPassphrase) + '\n');
    derive.closeWriteChannel();
    REQUIRE(derive.waitForFinished(60000));
    const QByteArray pragmas = derive.readAllStandardOutput();
    INFO(derive.readAllStandardError().toStdString());
    REQUIRE(pragmas.startsWith("PRAGMA key"));

    QProcess sqlcipher;
    sqlcipher.start(tool, {folder.storePath()});
    REQUIRE(sqlcipher.waitForStarted());
    sqlcipher.write(pragmas + "SELECT given_name FROM person;\n");
    sqlcipher.closeWriteChannel();
    REQUIRE(sqlcipher.waitForFinished(30000));
    CHECK(sqlcipher.readAllStandardOutput().contains("Recovered"));
}
