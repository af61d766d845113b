// CaseRepository: a whole case written in one transaction and read back field by field;
// references and SAC labels checked before anything is written; all or nothing.

#include "CaseFixtures.h"
#include "CaseRecordChecks.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

TEST_CASE(
    "an NHS number typed with spaces is kept as its ten digits, and one with a wrong check digit is refused")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    CaseRecord record = test::concernOnly(u"NHS-1"_s, QDate(2026, 3, 1));
    record.person.nhsNumber = u"943 476 5919"_s;
    const CaseWriteResult spaced = repository.createCase(record);
    REQUIRE(spaced.ok());
    CHECK(repository.load(spaced.id)->person.nhsNumber == u"9434765919"_s);

    record.reference = u"NHS-2"_s;
    record.person.nhsNumber = u"9434765918"_s;
    const CaseWriteResult wrong = repository.createCase(record);
    CHECK_FALSE(wrong.ok());
    CHECK(wrong.error.contains(u"NHS number"_s));
}

TEST_CASE(
    "a case with a bad reference or label is refused with the field named, and nothing of it is written")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    REQUIRE(repository.createCase(test::fullCase(u"KEPT-1"_s)).ok());
    const QSqlDatabase db = store->database();
    const qint64 people = test::rowsIn(db, u"person"_s);
    const qint64 history = test::rowsIn(db, u"record_history"_s);
    const qint64 indexed = test::rowsIn(db, u"case_search"_s);

    CaseRecord bad = test::fullCase(u"BAD-1"_s);
    QString field;
    SECTION("a type of risk that is not exactly a SAC label")
    {
        bad.concern.riskTypes = QStringList{u"Financial or Material Abuse"_s, u"financial abuse"_s};
        field = u"Concern, type of risk"_s;
    }
    SECTION("a location of risk that is not a SAC label")
    {
        bad.concern.locationsOfRisk = {u"Care Home - Nursing"_s}; // hyphen, not the SAC en dash
        field = u"Concern, location of risk"_s;
    }
    SECTION("a source of risk that is not a SAC label")
    {
        bad.concern.sourcesOfRisk = {u"Family"_s};
        field = u"Concern, source of risk"_s;
    }
    SECTION("no type of risk at all")
    {
        bad.concern.riskTypes.clear();
        field = u"Concern, type of risk"_s;
    }
    SECTION("a concern date that is not a real date")
    {
        bad.concern.receivedOn = QDate(2026, 2, 30);
        field = u"Concern, date received"_s;
    }
    SECTION("a closure dated before the concern")
    {
        bad.closure->closedOn = QDate(2026, 1, 4);
        field = u"Closure, date closed"_s;
    }
    SECTION("a risk outcome where the risk assessment says no action was taken")
    {
        bad.closure->riskAssessmentOutcome = u"Risk identified and no action taken"_s;
        field = u"Closure, risk outcome"_s;
    }
    SECTION("an achievement on an outcome that has no words")
    {
        bad.outcomes[1].revisions.clear();
        bad.outcomes[1].achievement = OutcomeAchievement{Achievement::Fully, {}, QDate(2026, 3, 1)};
        field = u"Outcome 2"_s;
    }
    SECTION("an action serving an outcome that is not in the case")
    {
        bad.actions[0].outcomeId = 99;
        field = u"Action 1, outcome"_s;
    }
    SECTION("an addendum to a note that is not in the case")
    {
        bad.notes[2].addendumTo = 98;
        field = u"Note 3, addendum to"_s;
    }
    SECTION("an outcome revision dated before the wording it revises")
    {
        bad.outcomes[0].revisions[1].recordedOn = QDate(2026, 1, 6);
        field = u"Outcome 1, wording 2, date"_s;
    }
    SECTION("an MSP answer that is not the SAC label")
    {
        bad.mspAsked = u"Yes"_s;
        field = u"Making Safeguarding Personal"_s;
    }
    SECTION("a reference another case already has")
    {
        bad.reference = u"KEPT-1"_s;
        field = u"Case reference"_s;
    }

    const CaseWriteResult result = repository.createCase(bad);
    INFO(result.error.toStdString());
    CHECK_FALSE(result.ok());
    CHECK(result.error.startsWith(field));
    CHECK(repository.allCaseIds().size() == 1);
    CHECK(test::rowsIn(db, u"person"_s) == people);
    CHECK(test::rowsIn(db, u"record_history"_s) == history);
    CHECK(test::rowsIn(db, u"case_search"_s) == indexed);
}

TEST_CASE("a case the store refuses half-way through writing leaves no trace: not its person, rows, history "
          "or search entries")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const QSqlDatabase db = store->database();
    // The store refuses the last note, after the person, case, outcomes and conversations are in.
    REQUIRE(QSqlQuery(db).exec(
        u"CREATE TEMP TRIGGER refuse_note BEFORE INSERT ON main.case_note"
        " WHEN new.body LIKE 'Addendum:%' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
    CaseRepository repository(db, test::kPractitioner);

    const CaseWriteResult result = repository.createCase(test::fullCase());
    CHECK_FALSE(result.ok());
    CHECK(result.error.contains(u"refused for the test"_s));
    for (const QString& table :
         {u"person"_s, u"safeguarding_case"_s, u"concern"_s, u"desired_outcome"_s, u"outcome_revision"_s,
          u"conversation"_s, u"persons_words"_s, u"plan_action"_s, u"case_note"_s, u"closure"_s,
          u"record_history"_s, u"case_search"_s}) {
        INFO(table.toStdString());
        CHECK(test::rowsIn(db, table) == 0);
    }
    // The connection is usable afterwards: the transaction was rolled back, not left open.
    REQUIRE(QSqlQuery(db).exec(u"DROP TRIGGER refuse_note"_s));
    CHECK(repository.createCase(test::fullCase()).ok());
}

TEST_CASE("an action can only serve an outcome of its own case")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 mine = repository.createCase(test::concernOnly(u"MINE"_s, QDate(2026, 3, 1))).id;
    const qint64 theirs = repository.createCase(test::fullCase(u"THEIRS"_s)).id;
    const qint64 theirOutcome = repository.load(theirs)->outcomes.at(0).id;

    const CaseWriteResult refused = repository.addAction(mine,
                                                         {0, theirOutcome, u"Me"_s, u"Something"_s, {}, {}});
    CHECK_FALSE(refused.ok());
    CHECK(repository.load(mine)->actions.empty());

    const qint64 myOutcome =
        repository.addOutcome(mine, OutcomeVoice::Person, {QDate(2026, 3, 2), u"To feel safe"_s, {}}).id;
    const CaseWriteResult added = repository.addAction(
        mine, {0, myOutcome, u"Me"_s, u"Something"_s, QDate(2026, 3, 9), {}});
    REQUIRE(added.ok());
    REQUIRE(repository.completeAction(added.id, QDate(2026, 3, 8)).ok());
    const CaseRecord loaded = *repository.load(mine);
    REQUIRE(loaded.actions.size() == 1);
    CHECK(loaded.actions[0].outcomeId == myOutcome);
    CHECK(loaded.actions[0].doneOn == QDate(2026, 3, 8));
}
