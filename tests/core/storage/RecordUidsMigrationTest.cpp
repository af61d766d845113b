// Schema step 15: every record that travels with a case has a uid of its own, from the upgrade
// on and from the moment a new one is written, and keeps it; a case knows the store it began in.

#include "CaseFixtures.h"

#include "storage/keys/StoreKeysRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseloadRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/schema/TravellingTables.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

// The step before record uids.
constexpr int kBeforeRecordUids = 14;

void makeStoreBeforeRecordUids(const QString& path)
{
    REQUIRE(test::makeStoreAtVersion(path, kBeforeRecordUids, [](QSqlQuery& query) {
        REQUIRE(query.exec(u"INSERT INTO person (given_name, family_name, created_at) VALUES"
                           " ('Ada', 'Oldstore', '2025-12-01'), ('Bo', 'Oldstore', '2025-12-01')"_s));
        REQUIRE(query.exec(
            u"INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at) "
            u"VALUES"
            " (1, 'OLD-1', 'Enquiry', '2025-12-01', '2025-12-01'), (2, 'OLD-2', 'Concern', '2025-12-03', '2025-12-03')"_s));
        REQUIRE(query.exec(u"INSERT INTO concern (case_id, received_on, person_knows, children_at_risk,"
                           " other_adults_at_risk) VALUES (1, '2025-12-01', 'yes', 'no', 'no'),"
                           " (2, '2025-12-03', 'yes', 'no', 'no')"_s));
        REQUIRE(query.exec(
            u"INSERT INTO case_note (case_id, written_at, author, body) VALUES"
            " (1, '2025-12-02T10:00:00', 'Old', 'kept'), (1, '2025-12-02T11:00:00', 'Old', 'kept too')"_s));
        REQUIRE(query.exec(
            u"INSERT INTO record_history (case_id, record, record_id, field, old_value, new_value,"
            " changed_by, changed_at) VALUES (1, 'note', 1, 'text', '', 'kept', 'Old',"
            " '2025-12-02T10:00:00'), (1, 'note', 2, 'text', '', 'kept too', 'Old', '2025-12-02T11:00:00')"_s));
        REQUIRE(query.exec(u"INSERT INTO supervision_session (held_on, practitioner, team_leader, created_at)"
                           " VALUES ('2025-12-04', 'Old', 'Lead', '2025-12-04T09:00:00')"_s));
        REQUIRE(query.exec(u"INSERT INTO wishes_override (case_id, recorded_on, record, created_at) VALUES"
                           " (1, '2025-12-04', '{}', '2025-12-04T09:00:00')"_s));
        REQUIRE(query.exec(u"INSERT INTO manager_signoff (case_id, subject_kind, subject_id, signed_by, role,"
                           " signed_on, recorded_by, recorded_at) VALUES (1, 'wishes-override', 1, 'Lead',"
                           " 'Team leader', '2025-12-04', 'Old', '2025-12-04T09:30:00')"_s));
    }));
}

QStringList uidsIn(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(u"SELECT uid FROM %1 ORDER BY rowid"_s.arg(table)));
    QStringList uids;
    while (query.next())
        uids << query.value(0).toString();
    return uids;
}

std::string joined(const QStringList& uids)
{
    return uids.join(u", "_s).toStdString();
}

bool refuses(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return !query.exec(sql);
}

} // namespace

TEST_CASE("a store from before record uids opens with a uid on every record that travels, each its own, "
          "and its cases begun in this store")
{
    test::TempStoreFolder folder;
    makeStoreBeforeRecordUids(folder.storePath());
    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    const QSqlDatabase db = store->database();
    CHECK(schemaVersion(db) == latestSchemaVersion());

    const QRegularExpression uidForm(u"^[0-9a-f]{32}$"_s);
    QSet<QString> seen;
    qint64 rows = 0;
    for (const char* table : kTravellingTables) {
        INFO(table);
        for (const QString& uid : uidsIn(db, QLatin1String(table))) {
            INFO("uid \"" << uid.toStdString() << "\"");
            CHECK(uidForm.match(uid).hasMatch());
            CHECK_FALSE(seen.contains(uid));
            seen.insert(uid);
            ++rows;
        }
    }
    CHECK(rows == 13); // every row filled above (2 people, 2 cases, 2 concerns, 2 notes, 2 history entries,
                       // a session, an override, a sign-off), none left without
    CHECK(uidsIn(db, u"safeguarding_case"_s).size() == 2);

    const auto identity = StoreKeysRepository(db).identity();
    REQUIRE(identity);
    QSqlQuery origins(db);
    REQUIRE(origins.exec(u"SELECT DISTINCT origin_store FROM safeguarding_case"_s));
    REQUIRE(origins.next());
    CHECK(origins.value(0).toString() == identity->storeId);
    CHECK_FALSE(origins.next());

    // The caseload's summary rows (step 14) were rebuilt as before, with no row lost.
    CHECK(test::rowsIn(db, u"caseload_row"_s) == 2);
    CHECK(test::rowsIn(db, u"caseload_stale"_s) == 0);
}

TEST_CASE("after the upgrade the record history and sign-offs are still kept exactly as given")
{
    test::TempStoreFolder folder;
    makeStoreBeforeRecordUids(folder.storePath());
    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    const QSqlDatabase db = store->database();
    CHECK(refuses(db, u"UPDATE record_history SET new_value = 'changed'"_s));
    CHECK(refuses(db, u"UPDATE record_history SET uid = 'ffffffffffffffffffffffffffffffff' WHERE id = 1"_s));
    CHECK(refuses(db, u"DELETE FROM record_history"_s));
    CHECK(refuses(db, u"UPDATE manager_signoff SET comment = 'changed'"_s));
    CHECK(refuses(db, u"DELETE FROM manager_signoff"_s));
    // A new entry is appended, with a uid of its own.
    QSqlQuery query(db);
    REQUIRE(
        query.exec(u"INSERT INTO record_history (case_id, record, record_id, field, changed_by, changed_at)"
                   " VALUES (1, 'note', 1, 'text', 'New', '2026-01-01T09:00:00')"_s));
    const QStringList uids = uidsIn(db, u"record_history"_s);
    REQUIRE(uids.size() == 3);
    CHECK(uids[2].size() == 32);
    CHECK(uids[2] != uids[0]);
}

TEST_CASE("a record written after the upgrade has its uid at once, and keeps it when it is saved again")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    REQUIRE(store);
    const QSqlDatabase db = store->database();
    test::TestClock clock;
    CaseRepository repository(db, test::kPractitioner, clock.function());
    const CaseWriteResult created = repository.createCase(test::fullCase());
    REQUIRE(created.ok());
    for (const char* table : kTravellingTables) {
        INFO(table);
        for (const QString& uid : uidsIn(db, QLatin1String(table)))
            CHECK(uid.size() == 32);
    }
    const QStringList concern = uidsIn(db, u"concern"_s);
    const QStringList section42 = uidsIn(db, u"section42_decision"_s);
    const QStringList achievements = uidsIn(db, u"outcome_achievement"_s);
    REQUIRE(concern.size() == 1);
    REQUIRE(section42.size() == 1);
    REQUIRE_FALSE(achievements.isEmpty());

    // Saving the concern, the s.42 decision and an achievement again replaces their rows; the
    // records stay the same records.
    std::optional<CaseRecord> record = repository.load(created.id);
    REQUIRE(record);
    Concern changed = record->concern;
    changed.whatWasReported += u" More was said."_s;
    REQUIRE(repository.recordConcern(created.id, changed).ok());
    Section42Decision decision = *record->section42;
    decision.responseGiven += u" And a call."_s;
    REQUIRE(repository.recordSection42(created.id, decision).ok());
    const DesiredOutcome* achieved = nullptr;
    for (const DesiredOutcome& outcome : record->outcomes) {
        if (outcome.achievement)
            achieved = &outcome;
    }
    REQUIRE(achieved);
    OutcomeAchievement again = *achieved->achievement;
    again.why += u" Said again."_s;
    REQUIRE(repository.recordAchievement(achieved->id, again).ok());
    CHECK(joined(uidsIn(db, u"concern"_s)) == joined(concern));
    CHECK(joined(uidsIn(db, u"section42_decision"_s)) == joined(section42));
    CHECK(joined(uidsIn(db, u"outcome_achievement"_s)) == joined(achievements));

    // A case started here began in this store.
    const auto identity = StoreKeysRepository(db).identity();
    REQUIRE(identity);
    QSqlQuery origin(db);
    REQUIRE(origin.exec(u"SELECT origin_store FROM safeguarding_case"_s));
    REQUIRE(origin.next());
    CHECK(origin.value(0).toString() == identity->storeId);
}
