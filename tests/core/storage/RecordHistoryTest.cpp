// Every change to a case is kept in an append-only history: who, when, field, old → new.

#include "CaseFixtures.h"
#include "TestBackends.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<HistoryEntry> entryFor(const std::vector<HistoryEntry>& history, const QString& record,
                                     const QString& field)
{
    std::optional<HistoryEntry> last;
    for (const HistoryEntry& entry : history) {
        if (entry.record == record && entry.field == field)
            last = entry;
    }
    return last;
}

} // namespace

TEST_CASE("creating a case records each filled field as new, by the practitioner, at the injected time")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    test::TestClock clock;
    CaseRepository repository(store->database(), test::kPractitioner, clock.function());
    const qint64 caseId = repository.createCase(test::fullCase()).id;

    const std::vector<HistoryEntry> history = repository.history(caseId);
    REQUIRE_FALSE(history.empty());
    int revised = 0;
    for (const HistoryEntry& entry : history) {
        CHECK(entry.changedBy == test::kPractitioner);
        CHECK(entry.changedAt == clock.now);
        // Only a later wording of an outcome replaces something: the wording before it.
        if (!entry.oldValue.isEmpty()) {
            CHECK(entry.record == u"outcome"_s);
            revised += entry.field == u"wording"_s ? 1 : 0;
        }
    }
    CHECK(revised == 1);
    const auto risk = entryFor(history, u"concern"_s, u"type of risk"_s);
    REQUIRE(risk);
    CHECK(risk->newValue == u"Financial or Material Abuse; Psychological Abuse"_s);
    CHECK(entryFor(history, u"person"_s, u"name they like to be called"_s)->newValue == u"Norrie"_s);
    CHECK(entryFor(history, u"case"_s, u"stage"_s)->newValue == u"Closed"_s);
    CHECK(entryFor(history, u"closure"_s, u"feels safer"_s)->newValue == u"partly"_s);
}

TEST_CASE("changing the person or the concern records only the fields that changed, old and new")
{
    ON_EACH_BACKEND(backend);
    auto store = test::storeOn(backend);
    test::TestClock clock;
    CaseRepository repository(store->database(), test::kPractitioner, clock.function());
    const qint64 caseId = repository.createCase(test::fullCase()).id;
    const std::size_t before = repository.history(caseId).size();

    CaseRecord record = *repository.load(caseId);
    record.person.preferredName = u"Nora"_s;
    record.person.importantPeople.pop_back();
    clock.now = QDateTime(QDate(2026, 3, 9), QTime(14, 0));
    REQUIRE(repository.updatePerson(caseId, record.person).ok());
    record.concern.locationsOfRisk = {u"Own Home"_s};
    REQUIRE(repository.recordConcern(caseId, record.concern).ok());

    const std::vector<HistoryEntry> history = repository.history(caseId);
    REQUIRE(history.size() == before + 3);
    CHECK(history[before].record == u"person"_s);
    CHECK(history[before].field == u"name they like to be called"_s);
    CHECK(history[before].oldValue == u"Norrie"_s);
    CHECK(history[before].newValue == u"Nora"_s);
    CHECK(history[before].changedAt == clock.now);
    CHECK(history[before + 1].field == u"people important to them"_s);
    CHECK(history[before + 1].oldValue.contains(u"Dot Neighbour"_s));
    CHECK_FALSE(history[before + 1].newValue.contains(u"Dot Neighbour"_s));
    CHECK(history[before + 2].record == u"concern"_s);
    CHECK(history[before + 2].field == u"location of risk"_s);
    CHECK(history[before + 2].oldValue == u"In the Community"_s);
    CHECK(history[before + 2].newValue == u"Own Home"_s);

    const CaseRecord reloaded = *repository.load(caseId);
    CHECK(reloaded.person.preferredName == u"Nora"_s);
    CHECK(reloaded.person.importantPeople.size() == 1);
    CHECK(reloaded.concern.locationsOfRisk == QStringList{u"Own Home"_s});
}

TEST_CASE("the record history cannot be updated or deleted, even by SQL written directly against the store")
{
    // SQLite's own triggers; the server's are tested in ServerSchemaTest.
    auto store = test::storeOn(SqlBackend::SqlCipher);
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(test::fullCase()).id;
    const QSqlDatabase db = store->database();
    const qint64 entries = test::rowsIn(db, u"record_history"_s);
    REQUIRE(entries > 0);

    QSqlQuery update(db);
    CHECK_FALSE(update.exec(u"UPDATE record_history SET new_value = 'rewritten'"_s));
    CHECK(update.lastError().text().contains(u"cannot be changed"_s));
    QSqlQuery remove(db);
    CHECK_FALSE(remove.exec(u"DELETE FROM record_history"_s));
    CHECK(remove.lastError().text().contains(u"cannot be changed"_s));

    CHECK(test::rowsIn(db, u"record_history"_s) == entries);
    for (const HistoryEntry& entry : repository.history(caseId))
        CHECK(entry.newValue != u"rewritten"_s);
}
