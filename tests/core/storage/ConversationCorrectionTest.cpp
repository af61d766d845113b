// A saved conversation is put right as a note is: its notes may be corrected on the day it
// was written up (the earlier words stay in the history); afterwards only an addendum, kept
// with the conversation. The person's own words are never edited.

#include "CaseFixtures.h"
#include "TestBackends.h"

#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ConversationFixture {
    explicit ConversationFixture(SqlBackend backend) : store(test::storeOn(backend)) {}
    std::unique_ptr<test::BackendStore> store;
    test::TestClock clock;
    CaseRepository repository{store->database(), test::kPractitioner, clock.function()};
    qint64 caseId = repository.createCase(test::concernOnly(u"TALK-1"_s, QDate(2026, 3, 1))).id;

    qint64 talkedOn(const QDateTime& at)
    {
        clock.now = at;
        Conversation conversation;
        conversation.heldAt = at.addSecs(-3600);
        conversation.seenAlone = true;
        conversation.notes = u"She said the carer takes money from the tin."_s;
        conversation.personsWords = {u"I don't want Jo in trouble."_s};
        return repository.addConversation(caseId, conversation).id;
    }
    Conversation stored() { return repository.load(caseId)->conversations.at(0); }
};

} // namespace

TEST_CASE("a conversation's notes can be corrected on the day it was written up, the earlier words kept in "
          "the history")
{
    ON_EACH_BACKEND(backend);
    ConversationFixture f(backend);
    const qint64 id = f.talkedOn(QDateTime(QDate(2026, 3, 2), QTime(11, 0)));
    f.clock.now = QDateTime(QDate(2026, 3, 2), QTime(16, 30));

    REQUIRE(f.repository.correctConversation(id, u"She said a carer takes money from the tin."_s).ok());

    CHECK(f.stored().notes == u"She said a carer takes money from the tin."_s);
    CHECK(f.stored().personsWords == QStringList{u"I don't want Jo in trouble."_s});
    bool kept = false;
    for (const HistoryEntry& entry : f.repository.history(f.caseId))
        kept = kept
            || (entry.record == u"conversation"_s && entry.recordId == id
                && entry.oldValue == u"She said the carer takes money from the tin."_s);
    CHECK(kept);
}

TEST_CASE("after that day a conversation is not rewritten: the refusal says to add an addendum, which stays "
          "with it")
{
    ON_EACH_BACKEND(backend);
    ConversationFixture f(backend);
    const qint64 id = f.talkedOn(QDateTime(QDate(2026, 3, 2), QTime(11, 0)));
    f.clock.now = QDateTime(QDate(2026, 3, 4), QTime(9, 0));

    const CaseWriteResult refused = f.repository.correctConversation(id, u"Something else"_s);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(u"addendum"_s));
    CHECK(f.stored().notes == u"She said the carer takes money from the tin."_s);

    REQUIRE(f.repository.addConversationAddendum(id, u"It was the agency's new carer, not Jo."_s).ok());
    const CaseRecord loaded = *f.repository.load(f.caseId);
    REQUIRE(loaded.notes.size() == 1);
    CHECK(loaded.notes[0].aboutConversation == id);
    CHECK(loaded.notes[0].body == u"It was the agency's new carer, not Jo."_s);
    CHECK(loaded.notes[0].author == test::kPractitioner);
    CHECK(loaded.notes[0].writtenAt == QDateTime(QDate(2026, 3, 4), QTime(9, 0)));
}
