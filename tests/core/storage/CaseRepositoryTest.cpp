// CaseRepository: a whole case written in one transaction and read back field by field;
// references and SAC labels checked before anything is written; all or nothing.

#include "CaseFixtures.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

void checkSamePerson(const Person& loaded, const Person& written)
{
    CHECK(loaded.id != 0);
    CHECK(loaded.givenName == written.givenName);
    CHECK(loaded.familyName == written.familyName);
    CHECK(loaded.preferredName == written.preferredName);
    CHECK(loaded.dateOfBirth == written.dateOfBirth);
    CHECK(loaded.nhsNumber == written.nhsNumber);
    CHECK(loaded.address == written.address);
    CHECK(loaded.phone == written.phone);
    CHECK(loaded.email == written.email);
    CHECK(loaded.communication.language == written.communication.language);
    CHECK(loaded.communication.needsInterpreter == written.communication.needsInterpreter);
    CHECK(loaded.communication.hearing == written.communication.hearing);
    CHECK(loaded.communication.sight == written.communication.sight);
    CHECK(loaded.communication.learningDisability == written.communication.learningDisability);
    CHECK(loaded.communication.preferredWayOfTalking == written.communication.preferredWayOfTalking);
    REQUIRE(loaded.importantPeople.size() == written.importantPeople.size());
    for (std::size_t i = 0; i < written.importantPeople.size(); ++i) {
        CHECK(loaded.importantPeople[i].name == written.importantPeople[i].name);
        CHECK(loaded.importantPeople[i].relationship == written.importantPeople[i].relationship);
        CHECK(loaded.importantPeople[i].involvement == written.importantPeople[i].involvement);
        CHECK(loaded.importantPeople[i].contact == written.importantPeople[i].contact);
    }
    REQUIRE(loaded.legalRepresentatives.size() == written.legalRepresentatives.size());
    for (std::size_t i = 0; i < written.legalRepresentatives.size(); ++i) {
        CHECK(loaded.legalRepresentatives[i].kind == written.legalRepresentatives[i].kind);
        CHECK(loaded.legalRepresentatives[i].name == written.legalRepresentatives[i].name);
        CHECK(loaded.legalRepresentatives[i].contact == written.legalRepresentatives[i].contact);
        CHECK(loaded.legalRepresentatives[i].covers == written.legalRepresentatives[i].covers);
        CHECK(loaded.legalRepresentatives[i].authorityNote == written.legalRepresentatives[i].authorityNote);
    }
}

void checkSameConcern(const Concern& loaded, const Concern& written)
{
    CHECK(loaded.receivedOn == written.receivedOn);
    CHECK(loaded.receivedTime == written.receivedTime);
    CHECK(loaded.raisedByRole == written.raisedByRole);
    CHECK(loaded.raisedByName == written.raisedByName);
    CHECK(loaded.whatWasReported == written.whatWasReported);
    CHECK(loaded.riskTypes == written.riskTypes);
    CHECK(loaded.locationsOfRisk == written.locationsOfRisk);
    CHECK(loaded.sourcesOfRisk == written.sourcesOfRisk);
    CHECK(loaded.personKnows == written.personKnows);
    CHECK(loaded.personsView == written.personsView);
    CHECK(loaded.childrenAtRisk == written.childrenAtRisk);
    CHECK(loaded.otherAdultsAtRisk == written.otherAdultsAtRisk);
}

void checkSameDecision(const Section42Decision& loaded, const Section42Decision& written)
{
    CHECK(loaded.hasCareAndSupportNeeds == written.hasCareAndSupportNeeds);
    CHECK(loaded.careAndSupportNeedsReason == written.careAndSupportNeedsReason);
    CHECK(loaded.experiencingOrAtRiskOfAbuse == written.experiencingOrAtRiskOfAbuse);
    CHECK(loaded.abuseReason == written.abuseReason);
    CHECK(loaded.unableToProtectThemselves == written.unableToProtectThemselves);
    CHECK(loaded.unableToProtectReason == written.unableToProtectReason);
    CHECK(loaded.decision == written.decision);
    CHECK(loaded.responseGiven == written.responseGiven);
    CHECK(loaded.decidedOn == written.decidedOn);
    CHECK(loaded.decidedBy == written.decidedBy);
}

void checkSameOutcome(const DesiredOutcome& loaded, const DesiredOutcome& written)
{
    CHECK(loaded.id != 0);
    CHECK(loaded.voice == written.voice);
    REQUIRE(loaded.revisions.size() == written.revisions.size());
    for (std::size_t i = 0; i < written.revisions.size(); ++i) {
        CHECK(loaded.revisions[i].recordedOn == written.revisions[i].recordedOn);
        CHECK(loaded.revisions[i].wording == written.revisions[i].wording);
        CHECK(loaded.revisions[i].context == written.revisions[i].context);
    }
    REQUIRE(loaded.achievement.has_value() == written.achievement.has_value());
    if (written.achievement) {
        CHECK(loaded.achievement->achieved == written.achievement->achieved);
        CHECK(loaded.achievement->why == written.achievement->why);
        CHECK(loaded.achievement->recordedOn == written.achievement->recordedOn);
    }
}

void checkSameConversation(const Conversation& loaded, const Conversation& written)
{
    CHECK(loaded.id != 0);
    CHECK(loaded.heldAt == written.heldAt);
    CHECK(loaded.place == written.place);
    CHECK(loaded.present == written.present);
    CHECK(loaded.seenAlone == written.seenAlone);
    CHECK(loaded.notAloneReason == written.notAloneReason);
    CHECK(loaded.aloneConversationPlannedFor == written.aloneConversationPlannedFor);
    CHECK(loaded.tookPartHow == written.tookPartHow);
    CHECK(loaded.notes == written.notes);
    CHECK(loaded.personsWords == written.personsWords);
    CHECK(loaded.author == written.author);
    CHECK(loaded.writtenAt == written.writtenAt);
}

} // namespace

TEST_CASE(
    "a whole case written with createCase loads back field by field, with its links pointing at the new rows")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    test::TestClock clock;
    CaseRepository repository(store->database(), test::kPractitioner, clock.function());
    const CaseRecord written = test::fullCase();

    const CaseWriteResult result = repository.createCase(written);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.id > 0);
    CHECK(repository.findByReference(written.reference) == result.id);
    CHECK(repository.allCaseIds() == std::vector<qint64>{result.id});

    const std::optional<CaseRecord> loaded = repository.load(result.id);
    REQUIRE(loaded);
    CHECK(loaded->id == result.id);
    CHECK(loaded->reference == written.reference);
    checkSamePerson(loaded->person, written.person);
    checkSameConcern(loaded->concern, written.concern);
    REQUIRE(loaded->section42);
    checkSameDecision(*loaded->section42, *written.section42);
    CHECK(loaded->mspAsked == written.mspAsked);

    REQUIRE(loaded->outcomes.size() == 2);
    checkSameOutcome(loaded->outcomes[0], written.outcomes[0]);
    checkSameOutcome(loaded->outcomes[1], written.outcomes[1]);

    REQUIRE(loaded->conversations.size() == 2);
    checkSameConversation(loaded->conversations[0], written.conversations[0]);
    checkSameConversation(loaded->conversations[1], written.conversations[1]);

    REQUIRE(loaded->actions.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(loaded->actions[i].who == written.actions[i].who);
        CHECK(loaded->actions[i].what == written.actions[i].what);
        CHECK(loaded->actions[i].dueOn == written.actions[i].dueOn);
        CHECK(loaded->actions[i].doneOn == written.actions[i].doneOn);
    }
    // The record said "outcome 11"; the store's row for that outcome has its own id.
    CHECK(loaded->actions[0].outcomeId == loaded->outcomes[0].id);
    CHECK(loaded->actions[1].outcomeId == 0);

    // Addenda come straight after their note, whatever was written in between.
    REQUIRE(loaded->notes.size() == 3);
    CHECK(loaded->notes[0].body == written.notes[0].body);
    CHECK(loaded->notes[1].body == written.notes[2].body);
    CHECK(loaded->notes[1].addendumTo == loaded->notes[0].id);
    CHECK(loaded->notes[2].body == written.notes[1].body);
    CHECK(loaded->notes[2].addendumTo == 0);
    for (const CaseNote& note : loaded->notes) {
        CHECK(note.author == u"Sam Colleague"_s);
        CHECK(note.writtenAt.isValid());
    }
    CHECK(loaded->notes[0].writtenAt == written.notes[0].writtenAt);

    REQUIRE(loaded->closure);
    CHECK(loaded->closure->closedOn == written.closure->closedOn);
    CHECK(loaded->closure->feelsSafer == written.closure->feelsSafer);
    CHECK(loaded->closure->riskAssessmentOutcome == written.closure->riskAssessmentOutcome);
    CHECK(loaded->closure->riskOutcome == written.closure->riskOutcome);
    CHECK(loaded->closure->whatHappensNext == written.closure->whatHappensNext);
}

TEST_CASE("notes and conversations that do not say who wrote them, or when, are the practitioner's, now")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    test::TestClock clock;
    CaseRepository repository(store->database(), test::kPractitioner, clock.function());
    CaseRecord record = test::concernOnly(u"DEFAULTS-1"_s, QDate(2026, 3, 1));
    record.notes.push_back({0, {}, {}, u"A note with no author."_s, 0});
    Conversation conversation;
    conversation.heldAt = QDateTime(QDate(2026, 3, 1), QTime(15, 0));
    record.conversations.push_back(conversation);

    const CaseWriteResult result = repository.createCase(record);
    REQUIRE(result.ok());
    const CaseRecord loaded = *repository.load(result.id);
    CHECK(loaded.notes.at(0).author == test::kPractitioner);
    CHECK(loaded.notes.at(0).writtenAt == clock.now);
    CHECK(loaded.conversations.at(0).author == test::kPractitioner);
    CHECK(loaded.conversations.at(0).writtenAt == clock.now);
}

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

TEST_CASE("a case created without a reference is given one, unique in the store")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    const CaseWriteResult first = repository.createCase(test::concernOnly({}, QDate(2026, 3, 1)));
    const CaseWriteResult second = repository.createCase(test::concernOnly({}, QDate(2026, 3, 1)));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    const QString a = repository.load(first.id)->reference;
    const QString b = repository.load(second.id)->reference;
    CHECK_FALSE(a.isEmpty());
    CHECK(a != b);
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
