// A store written before the whole Safeguarding Adults Collection (schema 6) opens with its single
// location and source of risk moved into the new lists, the old capital "Individual" spelt as the
// guidance spells it, and nothing recorded yet for SG1 or the closing experience questions.

#include "storage/CaseFixtures.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/driver/CipherSettings.h"
#include "storage/keys/KeyDerivation.h"
#include "storage/schema/Migrations.h"
#include "storage/driver/SqlCipherDriver.h"
#include "storage/store/StoreInfo.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kBeforeTheWholeCollection = 6;

void execOrFail(QSqlQuery& query, const QString& sql)
{
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

// A store as version 6 left it: two closed cases, one with a location and source of risk (the
// source in the old spelling), one with neither.
void makeVersion6Store(const QString& path)
{
    const StoreSalt salt = randomStoreSalt();
    const SecretBytes spec = rawKeySpec(deriveStoreKey(test::secret(QString::fromLatin1(test::kPassphrase)),
                                                       salt, test::cheapStoreOptions().kdfSchedule.newest()),
                                        salt);
    {
        auto* driver = new SqlCipherDriver;
        REQUIRE(driver->openWithKey(path, spec, SqlCipherDriver::OpenMode::NewFile));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, u"sac-version-6"_s);
        REQUIRE(migrateSchema(db, kBeforeTheWholeCollection).isEmpty());
        QSqlQuery q(db);
        execOrFail(q, u"INSERT INTO person (id, given_name, family_name, created_at)"
                      " VALUES (1, 'Vera', 'Sixstep', '2025-06-01'), (2, 'Wyn', 'Sixstep', '2025-06-01')"_s);
        execOrFail(q, u"INSERT INTO safeguarding_case (id, person_id, reference, stage, concern_received_on,"
                      " closed_on, created_at) VALUES (1, 1, 'SIX-1', 'Closed', '2025-06-01', '2025-07-01',"
                      " '2025-06-01'), (2, 2, 'SIX-2', 'Closed', '2025-06-01', '2025-07-01', '2025-06-01')"_s);
        execOrFail(q, u"INSERT INTO concern (case_id, received_on, location_of_risk, source_of_risk,"
                      " person_knows, children_at_risk, other_adults_at_risk) VALUES"
                      " (1, '2025-06-01', 'Care Home – Nursing', 'Other – Known to Individual', 'yes', 'no', 'no'),"
                      " (2, '2025-06-01', NULL, '', 'yes', 'no', 'no')"_s);
        execOrFail(q, u"INSERT INTO concern_risk_type (case_id, position, risk_type) VALUES"
                      " (1, 0, 'Neglect and Acts of Omission'), (2, 0, 'Self-Neglect')"_s);
        execOrFail(q, u"INSERT INTO closure (case_id, closed_on, feels_safer) VALUES"
                      " (1, '2025-07-01', 'partly'), (2, '2025-07-01', 'yes')"_s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"sac-version-6"_s);
}

} // namespace

TEST_CASE("a store from before several locations and sources keeps the one it had, spelt as the guidance "
          "spells it")
{
    REQUIRE(latestSchemaVersion() > kBeforeTheWholeCollection);
    test::TempStoreFolder folder;
    makeVersion6Store(folder.storePath());
    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    CHECK(verifyStore(*store).ok);

    test::TestClock clock;
    CaseRepository repository(store->database(), test::kPractitioner, clock.function());
    const std::optional<CaseRecord> first = repository.load(1);
    REQUIRE(first);
    CHECK(first->concern.locationsOfRisk == QStringList{u"Care Home – Nursing"_s});
    CHECK(first->concern.sourcesOfRisk == QStringList{u"Other – Known to individual"_s});
    CHECK(first->concern.riskTypes == QStringList{u"Neglect and Acts of Omission"_s});
    const std::optional<CaseRecord> second = repository.load(2);
    REQUIRE(second);
    CHECK(second->concern.locationsOfRisk.isEmpty());
    CHECK(second->concern.sourcesOfRisk.isEmpty());

    // Nothing was recorded for SG1 or the experience questions, and nothing is made up.
    CHECK(first->person.gender.isEmpty());
    CHECK(first->person.ethnicity.isEmpty());
    CHECK(first->person.primarySupportReason.isEmpty());
    REQUIRE(first->closure);
    CHECK(first->closure->feelsSafer == FeelsSafer::Partly);
    CHECK(first->closure->experience.answeredBy == ExperienceRespondent::NotAsked);
    CHECK(first->closure->experience.listenedTo == ExperienceAnswer::NotAsked);

    // The old single columns no longer hold a second copy that could disagree with the lists.
    QSqlQuery old(store->database());
    REQUIRE(old.exec(u"SELECT count(*) FROM concern WHERE location_of_risk IS NOT NULL"
                     " OR source_of_risk IS NOT NULL"_s));
    REQUIRE(old.next());
    CHECK(old.value(0).toInt() == 0);
}

// Schema step 13: SG2c as the published tables spell it, and SG1e's new column empty.
TEST_CASE("a store from before SG2c's published spelling counts and shows its closures in today's words")
{
    constexpr int kBeforeTheReturnLabels = 11;
    test::TempStoreFolder folder;
    const StoreSalt salt = randomStoreSalt();
    const SecretBytes spec = rawKeySpec(deriveStoreKey(test::secret(QString::fromLatin1(test::kPassphrase)),
                                                       salt, test::cheapStoreOptions().kdfSchedule.newest()),
                                        salt);
    {
        auto* driver = new SqlCipherDriver;
        REQUIRE(driver->openWithKey(folder.storePath(), spec, SqlCipherDriver::OpenMode::NewFile));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, u"sac-version-11"_s);
        REQUIRE(migrateSchema(db, kBeforeTheReturnLabels).isEmpty());
        QSqlQuery q(db);
        execOrFail(q,
                   u"INSERT INTO person (id, given_name, family_name, created_at)"
                   " VALUES (1, 'Ola', 'Elevenstep', '2025-06-01')"_s);
        execOrFail(
            q,
            u"INSERT INTO safeguarding_case (id, person_id, reference, stage, concern_received_on,"
            " closed_on, created_at) VALUES (1, 1, 'ELEVEN-1', 'Closed', '2025-06-01', '2025-07-01',"
            " '2025-06-01'), (2, 1, 'ELEVEN-2', 'Closed', '2025-06-01', '2025-07-01', '2025-06-01')"_s);
        execOrFail(q,
                   u"INSERT INTO concern (case_id, received_on, person_knows, children_at_risk,"
                   " other_adults_at_risk) VALUES (1, '2025-06-01', 'yes', 'no', 'no'),"
                   " (2, '2025-06-01', 'yes', 'no', 'no')"_s);
        execOrFail(
            q,
            u"INSERT INTO closure (case_id, closed_on, feels_safer, risk_assessment_outcome,"
            " risk_outcome) VALUES"
            " (1, '2025-07-01', 'yes', 'Risk – assessment inconclusive and action taken', 'Risk reduced'),"
            " (2, '2025-07-01', 'yes', 'Risk identified and action taken', 'Risk removed')"_s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"sac-version-11"_s);

    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    CHECK(verifyStore(*store).ok);
    test::TestClock clock;
    CaseRepository repository(store->database(), test::kPractitioner, clock.function());
    const std::optional<CaseRecord> inconclusive = repository.load(1);
    REQUIRE(inconclusive);
    REQUIRE(inconclusive->closure);
    CHECK(inconclusive->closure->riskAssessmentOutcome == u"Risk Assessment inconclusive and action taken"_s);
    CHECK(inconclusive->closure->riskOutcome == u"Risk reduced"_s);
    CHECK(inconclusive->person.autismCondition.isEmpty());
    // Other outcomes are as they were.
    CHECK(repository.load(2)->closure->riskAssessmentOutcome == u"Risk identified and action taken"_s);
}
