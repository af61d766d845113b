// Stores from before the case journey (schema 1 and 2) gain it on opening: their cases load,
// their people and notes are found by search, and they take new journey records.

#include "CaseFixtures.h"

#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherDriver.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseSearch.h"
#include "storage/repositories/CaseloadRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/store/StoreInfo.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kBeforeTheJourney = 2;

// A store as version 1 or 2 of Alongside left it, with one person, case and note.
void makeOldStore(const QString& path, int version)
{
    const StoreSalt salt = randomStoreSalt();
    const SecretBytes spec = rawKeySpec(deriveStoreKey(test::secret(QString::fromLatin1(test::kPassphrase)),
                                                       salt, test::cheapStoreOptions().kdfSchedule.newest()),
                                        salt);
    {
        auto* driver = new SqlCipherDriver;
        REQUIRE(driver->openWithKey(path, spec, SqlCipherDriver::OpenMode::NewFile));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, u"journey-old-version"_s);
        REQUIRE(migrateSchema(db, version).isEmpty());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"INSERT INTO person (given_name, family_name, preferred_name, created_at)"
                           " VALUES ('Ada', 'Oldstore', 'Addie', '2025-12-01')"_s));
        REQUIRE(query.exec(
            u"INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at)"
            " VALUES (1, 'OLD-1', 'Enquiry', '2025-12-01', '2025-12-01')"_s));
        REQUIRE(
            query.exec(u"INSERT INTO case_note (case_id, written_at, author, body)"
                       " VALUES (1, '2025-12-02', 'Old', 'Telephoned the warden about the stairlift.')"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"journey-old-version"_s);
}

} // namespace

TEST_CASE("a store from before the case journey opens with its cases loadable, searchable and ready for new "
          "records")
{
    REQUIRE(latestSchemaVersion() > kBeforeTheJourney);
    for (int version = 1; version <= kBeforeTheJourney; ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            test::TempStoreFolder folder;
            makeOldStore(folder.storePath(), version);
            auto store = test::openStore(folder.storePath());
            REQUIRE(store);
            CHECK(verifyStore(*store).ok);

            const std::vector<SearchHit> note = CaseSearch(store->database()).search(u"stairl"_s);
            REQUIRE(note.size() == 1);
            CHECK(note[0].source == u"note"_s);
            CHECK(note[0].caseId == 1);
            CHECK_FALSE(CaseSearch(store->database()).search(u"addie"_s).empty());
            CHECK_FALSE(CaseSearch(store->database()).search(u"ada oldst"_s).empty());

            test::TestClock clock;
            CaseRepository repository(store->database(), test::kPractitioner, clock.function());
            const std::optional<CaseRecord> old = repository.load(1);
            REQUIRE(old);
            CHECK(old->reference == u"OLD-1"_s);
            CHECK(old->person.preferredName == u"Addie"_s);
            CHECK(old->concern.receivedOn == QDate(2025, 12, 1));
            CHECK(old->concern.personKnows == YesNoUnknown::NotKnown);
            REQUIRE(old->notes.size() == 1);
            CHECK(old->notes[0].writtenAt.date() == QDate(2025, 12, 2));

            // The old case takes journey records; the caseload reads it with the rest.
            REQUIRE(repository
                        .addOutcome(1, OutcomeVoice::Person,
                                    {QDate(2025, 12, 3), u"To use the stairs safely"_s, {}})
                        .ok());
            REQUIRE(repository.addNote(1, u"Second note, after the upgrade."_s).ok());
            REQUIRE(repository.createCase(test::fullCase()).ok());
            const std::vector<CaseSummary> cases = CaseloadRepository(store->database()).allCases();
            REQUIRE(cases.size() == 2);
            CHECK(cases[0].reference == u"OLD-1"_s);
            CHECK(cases[0].outcomeCount == 1);
            CHECK(cases[0].noteCount == 2);
            CHECK(cases[0].stage == u"Enquiry"_s);
            CHECK(CaseSearch(store->database()).search(u"upgrade"_s).size() == 1);
        }
    }
}
