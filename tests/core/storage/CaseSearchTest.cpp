// Full-text search across people, concerns, notes, conversations, outcomes and the person's
// own words: prefixes, every word required, and nothing typed can make it fail.

#include "CaseFixtures.h"

#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseSearch.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

bool hasHit(const std::vector<SearchHit>& hits, qint64 caseId, const QString& source)
{
    for (const SearchHit& hit : hits) {
        if (hit.caseId == caseId && hit.source == source)
            return true;
    }
    return false;
}

struct SearchFixture {
    test::TempStoreFolder folder;
    std::unique_ptr<Store> store = test::createStore(folder.storePath());
    CaseRepository repository{store->database(), test::kPractitioner};
    qint64 full = repository.createCase(test::fullCase()).id;
    qint64 other = repository.createCase(test::concernOnly(u"OTHER-1"_s, QDate(2026, 3, 1))).id;
    std::vector<SearchHit> search(const QString& text) const
    {
        return CaseSearch(store->database()).search(text);
    }
};

} // namespace

TEST_CASE("search finds the person's own words, with a plain-text snippet around them")
{
    SearchFixture f;
    const std::vector<SearchHit> hits = f.search(u"own banking"_s);
    REQUIRE(hasHit(hits, f.full, u"words"_s));
    for (const SearchHit& hit : hits) {
        CHECK(hit.caseId == f.full);
        if (hit.source == u"words"_s) {
            CHECK(hit.snippet.contains(u"my own banking"_s));
            CHECK_FALSE(hit.snippet.contains(u'<'));
        }
    }
}

TEST_CASE("search matches each typed word as the start of a word, in notes, concerns, outcomes and names")
{
    SearchFixture f;
    CHECK(hasHit(f.search(u"confir"_s), f.full, u"note"_s));      // "confirmed"
    CHECK(hasHit(f.search(u"withdraw"_s), f.full, u"concern"_s)); // "withdrawals"
    CHECK(hasHit(f.search(u"pensi"_s), f.full, u"outcome"_s));    // "pension"
    CHECK(hasHit(f.search(u"Nor"_s), f.full, u"person"_s));       // "Nora", "Norrie"
    CHECK(hasHit(f.search(u"agreed plan"_s), f.full, u"conversation"_s));
    const std::vector<SearchHit> olive = f.search(u"oli test"_s);
    REQUIRE(olive.size() == 1);
    CHECK(olive[0].caseId == f.other);
    CHECK(olive[0].source == u"person"_s);
}

TEST_CASE("search needs every word typed, and ignores case and accents")
{
    SearchFixture f;
    CHECK_FALSE(f.search(u"bank flag"_s).empty());
    CHECK(f.search(u"bank zebra"_s).empty());
    CHECK(hasHit(f.search(u"BANK FLAG"_s), f.full, u"note"_s));
    REQUIRE(f.repository.addNote(f.other, u"Met at the café on Tuesday."_s).ok());
    CHECK(hasHit(f.search(u"cafe"_s), f.other, u"note"_s));
}

TEST_CASE(
    "search treats quotes, stars, minus signs, brackets, OR and NEAR as ordinary text, never as an error")
{
    SearchFixture f;
    const QStringList findsTheNote = {u"\"bank"_s, u"bank*"_s, u"-bank"_s,  u"(bank"_s,     u"bank)"_s,
                                      u"bank:"_s,  u"^bank"_s, u"'bank'"_s, u"bank \"\""_s, u"bank%"_s};
    for (const QString& typed : findsTheNote) {
        INFO(typed.toStdString());
        CHECK(hasHit(f.search(typed), f.full, u"note"_s));
    }
    // FTS operators typed as words are words: these all find the note with "near", "orchard",
    // "and" and "not" in it (raw FTS would reject most of them, or read them as operators).
    REQUIRE(f.repository.addNote(f.other, u"Lives near the orchard, and not far from the bus."_s).ok());
    const QStringList operatorWords = {u"OR"_s,         u"NEAR"_s,        u"AND NOT"_s,         u"near/"_s,
                                       u"orchard OR"_s, u"NOT orchard"_s, u"orchard NEAR bus"_s};
    for (const QString& typed : operatorWords) {
        INFO(typed.toStdString());
        CHECK(hasHit(f.search(typed), f.other, u"note"_s));
    }
    // Nothing searchable: no hits, and no error.
    const QStringList nothing = {u"\""_s,  u"*"_s,  u"-"_s,  u"()"_s,           u""_s,
                                 u"   "_s, u"\\"_s, u"%_"_s, QString(300, u'(')};
    for (const QString& typed : nothing) {
        INFO(typed.toStdString());
        CHECK(f.search(typed).empty());
    }
    CHECK(f.search(u"bank OR zebra"_s).empty());
}

TEST_CASE("search keeps up with changes: a corrected note is found by its new words and not its old ones")
{
    SearchFixture f;
    const qint64 noteId = f.repository.addNote(f.other, u"Visited the allotment."_s).id;
    CHECK(hasHit(f.search(u"allotment"_s), f.other, u"note"_s));
    REQUIRE(f.repository.correctNote(noteId, u"Visited the library."_s).ok());
    CHECK(f.search(u"allotment"_s).empty());
    CHECK(hasHit(f.search(u"library"_s), f.other, u"note"_s));

    CaseRecord record = *f.repository.load(f.other);
    record.person.preferredName = u"Ollie"_s;
    REQUIRE(f.repository.updatePerson(f.other, record.person).ok());
    CHECK(hasHit(f.search(u"ollie"_s), f.other, u"person"_s));
}

TEST_CASE("search gives at most the number of hits asked for, and one per case and source")
{
    SearchFixture f;
    for (int i = 0; i < 5; ++i)
        REQUIRE(f.repository.addNote(f.other, u"Rang the surgery, attempt %1."_s.arg(i + 1)).ok());
    const std::vector<SearchHit> hits = CaseSearch(f.store->database()).search(u"surgery"_s);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet.contains(u"attempt 5"_s)); // the newest
    CHECK(CaseSearch(f.store->database()).search(u"bank"_s, 1).size() == 1);
}

TEST_CASE("search still works after the passphrase is changed, for old entries and new ones")
{
    SearchFixture f;
    REQUIRE_FALSE(f.store->changePassphrase(test::secret(QString::fromLatin1(test::kPassphrase)),
                                            test::secret(QString::fromLatin1(test::kOtherPassphrase))));
    CHECK(hasHit(CaseSearch(f.store->database()).search(u"own banking"_s), f.full, u"words"_s));
    CaseRepository after(f.store->database(), test::kPractitioner);
    REQUIRE(after.addNote(f.other, u"Written after the passphrase changed: kingfisher."_s).ok());
    CHECK(hasHit(CaseSearch(f.store->database()).search(u"kingf"_s), f.other, u"note"_s));

    const QString path = f.store->path();
    f.store->close();
    auto reopened = test::openStore(path, QString::fromLatin1(test::kOtherPassphrase));
    REQUIRE(reopened);
    CHECK(hasHit(CaseSearch(reopened->database()).search(u"kingfisher"_s), f.other, u"note"_s));
    CHECK(hasHit(CaseSearch(reopened->database()).search(u"norrie"_s), f.full, u"person"_s));
}
