// Schema migrations: from every earlier version to the latest, each step all-or-nothing.

#include "storage/schema/Migrations.h"
#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherDriver.h"
#include "storage/repositories/DraftRepository.h"
#include "storage/store/StoreFile.h"
#include "storage/store/StoreInfo.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace alongside;

namespace {

// Makes an encrypted file at schema `version` exactly as that version of Alongside left it,
// using the raw driver (Store itself always migrates to the latest).
void makeStoreAtVersion(const QString& path, int version, const QStringList& alsoRun = {})
{
    const core::StoreSalt salt = core::randomStoreSalt();
    const core::KdfParameters parameters = test::cheapStoreOptions().kdfSchedule.newest();
    const core::SecretBytes spec = core::rawKeySpec(
        core::deriveStoreKey(test::secret(QString::fromLatin1(test::kPassphrase)), salt, parameters), salt);
    {
        auto* driver = new core::SqlCipherDriver;
        REQUIRE(driver->openWithKey(path, spec, core::SqlCipherDriver::OpenMode::NewFile));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("old-version"));
        REQUIRE(core::migrateSchema(db, version).isEmpty());
        CHECK(core::schemaVersion(db) == version);
        if (version >= 1) {
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("INSERT INTO person (given_name, family_name, created_at) "
                                              "VALUES ('Ada', 'Example', '2025-12-01')")));
            REQUIRE(query.exec(QStringLiteral(
                "INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at)"
                " VALUES (1, 'OLD-1', 'Enquiry', '2025-12-01', '2025-12-01')")));
            REQUIRE(query.exec(QStringLiteral("INSERT INTO case_note (case_id, written_at, author, body) "
                                              "VALUES (1, '2025-12-02', 'Old', 'kept across upgrades')")));
        }
        for (const QString& statement : alsoRun)
            REQUIRE(QSqlQuery(db).exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-version"));
}

} // namespace

TEST_CASE("the migration steps are numbered one after another from 1")
{
    int expected = 1;
    for (const core::Migration& step : core::schemaMigrations()) {
        CHECK(step.toVersion == expected++);
        CHECK_FALSE(step.purpose.isEmpty());
        CHECK_FALSE(step.statements.isEmpty());
    }
    CHECK(core::latestSchemaVersion() == expected - 1);
}

TEST_CASE("a store from every earlier schema version opens at the latest version with its records intact")
{
    for (int version = 1; version < core::latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            test::TempStoreFolder folder;
            makeStoreAtVersion(folder.storePath(), version);
            core::StoreError error;
            auto store = test::openStore(folder.storePath(), QString::fromLatin1(test::kPassphrase), &error);
            INFO(error.detail.toStdString());
            REQUIRE(store);
            const core::StoreInfo info = core::readStoreInfo(*store);
            CHECK(info.schemaVersion == core::latestSchemaVersion());
            CHECK(info.people == 1);
            CHECK(info.notes == 1);
            CHECK(info.drafts == 0);
            QSqlQuery query(store->database());
            REQUIRE(query.exec(QStringLiteral("SELECT body FROM case_note")));
            REQUIRE(query.next());
            CHECK(query.value(0).toString() == QStringLiteral("kept across upgrades"));
            CHECK(core::verifyStore(*store).ok);
        }
    }
}

TEST_CASE("an empty encrypted file at version 0 is not mistaken for an Alongside store")
{
    test::TempStoreFolder folder;
    makeStoreAtVersion(folder.storePath(), 0);
    core::StoreError error;
    CHECK_FALSE(test::openStore(folder.storePath(), QString::fromLatin1(test::kPassphrase), &error));
    CHECK(error.kind == core::StoreErrorKind::NotAStore);
}

TEST_CASE("a migration step that fails is rolled back whole and the version is not advanced")
{
    test::TempStoreFolder folder;
    makeStoreAtVersion(folder.storePath(), 0);
    const core::StoreSalt salt = core::probeStoreFile(folder.storePath()).salt;
    const core::SecretBytes spec = core::rawKeySpec(
        core::deriveStoreKey(test::secret(QString::fromLatin1(test::kPassphrase)), salt,
                             test::cheapStoreOptions().kdfSchedule.newest()),
        salt);
    {
        auto* driver = new core::SqlCipherDriver;
        REQUIRE(driver->openWithKey(folder.storePath(), spec, core::SqlCipherDriver::OpenMode::ExistingFile));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("half-migrated"));
        // A table in the way makes step 1 fail after it has already created others.
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE case_note (in_the_way INTEGER)"));
        const QString failure = core::migrateSchema(db, core::latestSchemaVersion());
        CHECK(failure.contains(QStringLiteral("step 1")));
        CHECK(core::schemaVersion(db) == 0);
        CHECK_FALSE(db.tables().contains(QStringLiteral("person")));
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("half-migrated"));
}

TEST_CASE("drafts kept before they had places are given their case and part when the store is upgraded")
{
    test::TempStoreFolder folder;
    makeStoreAtVersion(
        folder.storePath(), 6,
        {QStringLiteral("INSERT INTO draft VALUES ('quick-note', 'Ring the GP', '2026-01-05T09:00:00.000Z')"),
         QStringLiteral("INSERT INTO draft VALUES ('conversation:1', '{\"notes\":\"half\"}', "
                        "'2026-01-05T09:01:00.000Z')"),
         QStringLiteral("INSERT INTO draft VALUES ('capacity:1', '{\"decision\":\"moving\"}', "
                        "'2026-01-05T09:02:00.000Z')"),
         QStringLiteral("INSERT INTO draft VALUES ('conversation:99', '{}', '2026-01-05T09:03:00.000Z')")});
    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    const core::DraftRepository drafts(store->database());
    CHECK(drafts.count() == 4);
    CHECK(drafts.find(QStringLiteral("quick-note"))->body == QStringLiteral("Ring the GP"));

    const std::vector<core::Draft> inCase = drafts.forCase(1);
    REQUIRE(inCase.size() == 2);
    CHECK(inCase[0].place
          == core::DraftPlace{1, QStringLiteral("conversations"), QStringLiteral("conversation"), 0});
    CHECK(inCase[0].key == QStringLiteral("conversation:1"));
    // The assessment form's draft moved aside for the Capacity part's own fields.
    CHECK(inCase[1].place
          == core::DraftPlace{1, QStringLiteral("capacity"), QStringLiteral("capacity-assessment"), 0});
    CHECK(inCase[1].key == QStringLiteral("capacity-assessment:1"));
    CHECK(inCase[1].body.contains(QStringLiteral("moving")));
    CHECK(drafts.partsWaiting(1) == QStringList{QStringLiteral("capacity"), QStringLiteral("conversations")});
    // A draft whose case is not there keeps its text and belongs to no case.
    REQUIRE(drafts.find(QStringLiteral("conversation:99")).has_value());
    CHECK(drafts.find(QStringLiteral("conversation:99"))->place.caseId == 0);
}
