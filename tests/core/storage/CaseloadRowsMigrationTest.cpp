// Schema step 14: a store from before the caseload's summary rows gets one for every case when
// it is opened, built from its cases as they stand, and writes keep it true from then on.

#include "CaseFixtures.h"

#include "storage/repositories/CaseloadRepository.h"
#include "storage/repositories/CaseloadRows.h"
#include "storage/schema/Migrations.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

// The step before the summary rows.
constexpr int kBeforeCaseloadRows = 13;

void makeStoreBeforeCaseloadRows(const QString& path)
{
    REQUIRE(test::makeStoreAtVersion(path, kBeforeCaseloadRows, [](QSqlQuery& query) {
        REQUIRE(query.exec(
            u"INSERT INTO person (given_name, family_name, preferred_name, created_at) VALUES"
            " ('Ada', 'Oldstore', 'Addie', '2025-12-01'), ('Bo', 'Oldstore', NULL, '2025-12-01')"_s));
        REQUIRE(query.exec(
            u"INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at) "
            u"VALUES"
            " (1, 'OLD-1', 'Enquiry', '2025-12-01', '2025-12-01'), (2, 'OLD-2', 'Concern', '2025-12-03', '2025-12-03')"_s));
        REQUIRE(query.exec(
            u"INSERT INTO concern (case_id, received_on, received_time, person_knows, children_at_risk,"
            " other_adults_at_risk) VALUES (1, '2025-12-01', '09:00:00', 'yes', 'no', 'no'),"
            " (2, '2025-12-03', NULL, 'yes', 'no', 'no')"_s));
        REQUIRE(query.exec(u"INSERT INTO case_note (case_id, written_at, author, body) VALUES"
                           " (1, '2025-12-02', 'Old', 'kept'), (1, '2025-12-02', 'Old', 'kept too')"_s));
        REQUIRE(query.exec(
            u"INSERT INTO conversation (case_id, held_at, place, seen_alone, notes, author, written_at)"
            " VALUES (1, '2025-12-01T15:00:00', 'Home', 1, 'talked', 'Old', '2025-12-01T16:00:00')"_s));
    }));
}

} // namespace

TEST_CASE(
    "a store from before the caseload's summary opens with a summary row for every case, true to its cases")
{
    test::TempStoreFolder folder;
    makeStoreBeforeCaseloadRows(folder.storePath());
    auto store = test::openStore(folder.storePath());
    REQUIRE(store);
    const QSqlDatabase db = store->database();
    CHECK(schemaVersion(db) == latestSchemaVersion());
    // Built by the upgrade itself, not left for the first read.
    CHECK(test::rowsIn(db, u"caseload_row"_s) == 2);
    CHECK(test::rowsIn(db, u"caseload_stale"_s) == 0);

    const std::vector<CaseSummary> fresh = freshCaseSummaries(db);
    const std::vector<CaseSummary> rows = CaseloadRepository(db).allCases();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].reference == u"OLD-2"_s);
    CHECK(rows[1].reference == u"OLD-1"_s);
    CHECK(rows[1].personName == u"Addie"_s);
    CHECK(rows[1].noteCount == 2);
    CHECK(rows[1].everSeenAlone);
    CHECK(rows[1].firstConversationAt == QDateTime(QDate(2025, 12, 1), QTime(15, 0)));
    CHECK(rows[0].personName == u"Bo Oldstore"_s);
    CHECK_FALSE(rows[0].everSeenAlone);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CHECK(rows[i].caseId == fresh[i].caseId);
        CHECK(rows[i].concernReceivedTime == fresh[i].concernReceivedTime);
    }
    // "Something missing" is answered from the stored flag moments: Bo has not been seen alone.
    CaseloadView missing;
    missing.show = CaseloadView::Show::SomethingMissing;
    CHECK(CaseloadRepository(db).count(missing, QDateTime(QDate(2025, 12, 3), QTime(9, 0))) == 2);
}
