// Schema step 10: what a nominee's, attorney's or deputy's authority covers. A store from before
// it keeps its attorneys and deputies, with their cover "not recorded", so the IMCA check asks
// rather than letting a property-and-affairs attorney switch off a welfare duty (MCA 2005 s.40(1)).

#include "CaseFixtures.h"

#include "rules/AuthorityScope.h"
#include "rules/ImcaCheck.h"
#include "storage/driver/CipherSettings.h"
#include "storage/driver/SqlCipherDriver.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/store/StoreInfo.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kBeforeAuthorityCover = 9;

void makeStoreWithAttorneys(const QString& path)
{
    const StoreSalt salt = randomStoreSalt();
    const SecretBytes spec = rawKeySpec(deriveStoreKey(test::secret(QString::fromLatin1(test::kPassphrase)),
                                                       salt, test::cheapStoreOptions().kdfSchedule.newest()),
                                        salt);
    {
        auto* driver = new SqlCipherDriver;
        REQUIRE(driver->openWithKey(path, spec, SqlCipherDriver::OpenMode::NewFile));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, u"authority-old-version"_s);
        REQUIRE(migrateSchema(db, kBeforeAuthorityCover).isEmpty());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"INSERT INTO person (given_name, family_name, created_at)"
                           " VALUES ('Ada', 'Oldstore', '2025-12-01')"_s));
        REQUIRE(query.exec(
            u"INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at)"
            " VALUES (1, 'OLD-1', 'Enquiry', '2025-12-01', '2025-12-01')"_s));
        REQUIRE(query.exec(u"INSERT INTO legal_representative (person_id, kind, name, contact) VALUES"
                           " (1, 'lpa-health-and-welfare', 'Ruth Oldstore', ''),"
                           " (1, 'lpa-property-and-financial-affairs', 'Bea Oldstore', '')"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"authority-old-version"_s);
}

} // namespace

TEST_CASE("attorneys kept before step 10 open with what they cover not recorded, and the IMCA check asks")
{
    test::TempStoreFolder folder;
    makeStoreWithAttorneys(folder.storePath());
    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    CHECK(verifyStore(*store).ok);

    test::TestClock clock;
    CaseRepository repository(store->database(), test::kPractitioner, clock.function());
    std::optional<CaseRecord> old = repository.load(1);
    REQUIRE(old);
    REQUIRE(old->person.legalRepresentatives.size() == 2);
    CHECK(old->person.legalRepresentatives[0].covers.isEmpty());

    ImcaSituation move;
    move.peopleToConsult.familyOrFriends = YesNoUnknown::No;
    move.peopleToConsult.representatives = authorisedRepresentatives(old->person.legalRepresentatives);
    CouncilAccommodation council;
    council.lacksCapacityToAgree = YesNoUnknown::Yes;
    council.likelyDays = 90;
    council.urgent = YesNoUnknown::No;
    council.mentalHealthActObligation = YesNoUnknown::No;
    move.councilAccommodation = council;
    // The welfare attorney's cover is not recorded: not yet known whether the duty applies.
    CHECK(checkImca(move).duty == ImcaDuty::CannotTellYet);

    // Recorded on the person's page, it is kept and decides: a welfare attorney for where she
    // lives takes the duty away; the property attorney never could.
    CaseRecord edited = *old;
    edited.person.legalRepresentatives[0].covers = {AuthorityMatter::Accommodation,
                                                    AuthorityMatter::MedicalTreatment};
    edited.person.legalRepresentatives[0].authorityNote = u"Registered 2020"_s;
    REQUIRE(repository.updatePerson(1, edited.person).ok());
    const std::optional<CaseRecord> again = repository.load(1);
    REQUIRE(again);
    CHECK(again->person.legalRepresentatives[0].covers
          == QList<AuthorityMatter>{AuthorityMatter::Accommodation, AuthorityMatter::MedicalTreatment});
    CHECK(again->person.legalRepresentatives[0].authorityNote == u"Registered 2020"_s);
    move.peopleToConsult.representatives = authorisedRepresentatives(again->person.legalRepresentatives);
    CHECK(checkImca(move).duty == ImcaDuty::DoesNotApply);
    CHECK(checkImca(move).citation == u"MCA 2005 s.40(1)(b)"_s);

    edited.person.legalRepresentatives.erase(edited.person.legalRepresentatives.begin());
    REQUIRE(repository.updatePerson(1, edited.person).ok());
    move.peopleToConsult.representatives = authorisedRepresentatives(
        repository.load(1)->person.legalRepresentatives);
    CHECK(checkImca(move).duty == ImcaDuty::Must);
}
