// The case repository on both backends: the same test bodies run on a SQLCipher store and on a
// PostgreSQL database (a member of one team signed in), through the same CaseRepository.

#include "CaseFixtures.h"
#include "CaseRecordChecks.h"
#include "TestBackends.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

TEST_CASE(
    "a whole case written with createCase loads back field by field, with its links pointing at the new rows")
{
    const SqlBackend backend = GENERATE(SqlBackend::SqlCipher, SqlBackend::PostgreSql);
    INFO("on " << test::nameOf(backend));
    auto store = test::storeOn(backend);
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
    test::checkSamePerson(loaded->person, written.person);
    test::checkSameConcern(loaded->concern, written.concern);
    REQUIRE(loaded->section42);
    test::checkSameDecision(*loaded->section42, *written.section42);
    CHECK(loaded->mspAsked == written.mspAsked);

    REQUIRE(loaded->outcomes.size() == 2);
    test::checkSameOutcome(loaded->outcomes[0], written.outcomes[0]);
    test::checkSameOutcome(loaded->outcomes[1], written.outcomes[1]);

    REQUIRE(loaded->conversations.size() == 2);
    test::checkSameConversation(loaded->conversations[0], written.conversations[0]);
    test::checkSameConversation(loaded->conversations[1], written.conversations[1]);

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
    const SqlBackend backend = GENERATE(SqlBackend::SqlCipher, SqlBackend::PostgreSql);
    INFO("on " << test::nameOf(backend));
    auto store = test::storeOn(backend);
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

TEST_CASE("a case created without a reference is given one, unique in the store")
{
    const SqlBackend backend = GENERATE(SqlBackend::SqlCipher, SqlBackend::PostgreSql);
    INFO("on " << test::nameOf(backend));
    auto store = test::storeOn(backend);
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
