// Record integrity for notes: a note may be corrected on the day it was written; after that
// the only way to put it right is an addendum that points at it.

#include "CaseFixtures.h"
#include "TestBackends.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct NoteFixture {
    explicit NoteFixture(SqlBackend backend) : store(test::storeOn(backend)) {}
    std::unique_ptr<test::BackendStore> store;
    test::TestClock clock;
    CaseRepository repository{store->database(), test::kPractitioner, clock.function()};
    qint64 caseId = repository.createCase(test::concernOnly(u"NOTES-1"_s, QDate(2026, 3, 1))).id;
};

} // namespace

TEST_CASE(
    "a note can be corrected later on the same day it was written, and the correction is in the history")
{
    ON_EACH_BACKEND(backend);
    NoteFixture f(backend);
    f.clock.now = QDateTime(QDate(2026, 3, 2), QTime(9, 5));
    const qint64 noteId = f.repository.addNote(f.caseId, u"Visited Olive; she was out."_s).id;
    f.clock.now = QDateTime(QDate(2026, 3, 2), QTime(23, 55));

    REQUIRE(f.repository.correctNote(noteId, u"Visited Olive; she was at her sister's."_s).ok());

    const CaseRecord loaded = *f.repository.load(f.caseId);
    REQUIRE(loaded.notes.size() == 1);
    CHECK(loaded.notes[0].body == u"Visited Olive; she was at her sister's."_s);
    CHECK(loaded.notes[0].author == test::kPractitioner);
    CHECK(loaded.notes[0].writtenAt == QDateTime(QDate(2026, 3, 2), QTime(9, 5)));
    bool recorded = false;
    for (const HistoryEntry& entry : f.repository.history(f.caseId)) {
        recorded = recorded
            || (entry.record == u"note"_s && entry.recordId == noteId
                && entry.oldValue == u"Visited Olive; she was out."_s
                && entry.newValue == u"Visited Olive; she was at her sister's."_s);
    }
    CHECK(recorded);
}

TEST_CASE("after the day it was written a note cannot be corrected, and the refusal says to add an addendum")
{
    ON_EACH_BACKEND(backend);
    NoteFixture f(backend);
    f.clock.now = QDateTime(QDate(2026, 3, 2), QTime(23, 59));
    const qint64 noteId = f.repository.addNote(f.caseId, u"Spoke to the GP."_s).id;
    f.clock.now = QDateTime(QDate(2026, 3, 3), QTime(0, 1));

    const CaseWriteResult refused = f.repository.correctNote(noteId, u"Spoke to the practice nurse."_s);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(u"addendum"_s));
    CHECK(f.repository.load(f.caseId)->notes.at(0).body == u"Spoke to the GP."_s);
}

TEST_CASE("an addendum points at its note and is read straight after it, before later notes")
{
    ON_EACH_BACKEND(backend);
    NoteFixture f(backend);
    f.clock.now = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    const qint64 first = f.repository.addNote(f.caseId, u"First visit."_s).id;
    f.clock.now = QDateTime(QDate(2026, 3, 5), QTime(10, 0));
    const qint64 second = f.repository.addNote(f.caseId, u"Second visit."_s).id;
    f.clock.now = QDateTime(QDate(2026, 3, 6), QTime(10, 0));
    const CaseWriteResult addendum = f.repository.addAddendum(first,
                                                              u"Correction: the first visit was by phone."_s);
    REQUIRE(addendum.ok());
    // An addendum to the addendum still belongs with the original note.
    const CaseWriteResult another = f.repository.addAddendum(addendum.id, u"And it lasted ten minutes."_s);
    REQUIRE(another.ok());

    const std::vector<CaseNote> notes = f.repository.load(f.caseId)->notes;
    REQUIRE(notes.size() == 4);
    CHECK(notes[0].id == first);
    CHECK(notes[1].id == addendum.id);
    CHECK(notes[1].addendumTo == first);
    CHECK(notes[1].writtenAt == QDateTime(QDate(2026, 3, 6), QTime(10, 0)));
    CHECK(notes[2].id == another.id);
    CHECK(notes[2].addendumTo == first);
    CHECK(notes[3].id == second);
    CHECK(notes[3].addendumTo == 0);
    CHECK(notes[0].body == u"First visit."_s);
}

TEST_CASE("an empty note, or a note for a case or note that does not exist, is refused")
{
    ON_EACH_BACKEND(backend);
    NoteFixture f(backend);
    CHECK_FALSE(f.repository.addNote(f.caseId, u"   "_s).ok());
    CHECK_FALSE(f.repository.addNote(f.caseId + 1, u"Text"_s).ok());
    CHECK_FALSE(f.repository.addAddendum(12345, u"Text"_s).ok());
    CHECK_FALSE(f.repository.correctNote(12345, u"Text"_s).ok());
    CHECK(f.repository.load(f.caseId)->notes.empty());
}
