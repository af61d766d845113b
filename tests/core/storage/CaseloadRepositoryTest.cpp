// The caseload: one row per case with the facts the MSP flags are made from, in one query.

#include "CaseFixtures.h"

#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseloadRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

Conversation conversation(const QDateTime& at, bool alone)
{
    Conversation c;
    c.heldAt = at;
    c.seenAlone = alone;
    return c;
}

const CaseSummary& summaryOf(const std::vector<CaseSummary>& cases, const QString& reference)
{
    for (const CaseSummary& summary : cases) {
        if (summary.reference == reference)
            return summary;
    }
    throw std::runtime_error("no such case in the caseload");
}

} // namespace

TEST_CASE("the caseload row carries the facts of a hand-built open case: first conversation, seen alone, "
          "revisions, next action")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    CaseRecord r = test::concernOnly(u"FACTS-1"_s, QDate(2026, 3, 1));
    r.person.preferredName = u"Ollie"_s;
    r.concern.receivedTime = QTime(10, 0);
    r.mspAsked = u"Yes they were asked and outcomes were expressed"_s;
    // Written out of order: the first is the earliest by time, not the first in the list.
    r.conversations = {conversation(QDateTime(QDate(2026, 3, 4), QTime(9, 0)), true),
                       conversation(QDateTime(QDate(2026, 3, 2), QTime(11, 30)), false)};
    DesiredOutcome revised;
    revised.id = 1;
    revised.revisions = {{QDate(2026, 3, 2), u"To be safe"_s, {}},
                         {QDate(2026, 3, 20), u"To be safe at home"_s, {}}};
    revised.achievement = OutcomeAchievement{Achievement::Partly, {}, QDate(2026, 3, 21)};
    DesiredOutcome plain;
    plain.id = 2;
    plain.revisions = {{QDate(2026, 3, 5), u"To see my grandson"_s, {}}};
    r.outcomes = {revised, plain};
    r.actions = {{0, 1, u"A"_s, u"Done already"_s, QDate(2026, 3, 10), QDate(2026, 3, 9)},
                 {0, 2, u"B"_s, u"Later"_s, QDate(2026, 4, 1), {}},
                 {0, 0, u"C"_s, u"Sooner"_s, QDate(2026, 3, 28), {}},
                 {0, 0, u"D"_s, u"Whenever"_s, {}, {}}};
    r.notes = {{0, QDateTime(QDate(2026, 3, 1), QTime(12, 0)), {}, u"One"_s, 0},
               {0, QDateTime(QDate(2026, 3, 2), QTime(12, 0)), {}, u"Two"_s, 0}};
    REQUIRE(repository.createCase(r).ok());

    const std::vector<CaseSummary> cases = CaseloadRepository(store->database()).allCases();
    REQUIRE(cases.size() == 1);
    const CaseSummary& s = cases[0];
    CHECK(s.personName == u"Ollie"_s);
    CHECK(s.stage == u"Concern"_s);
    CHECK(s.concernReceivedOn == QDate(2026, 3, 1));
    CHECK(s.concernReceivedTime == QTime(10, 0));
    CHECK_FALSE(s.closedOn.isValid());
    CHECK(s.noteCount == 2);
    CHECK(s.mspAsked == r.mspAsked);
    CHECK(s.outcomeCount == 2);
    CHECK(s.outcomesWithAchievement == 1);
    CHECK(s.lastOutcomeRevisionOn == QDate(2026, 3, 20));
    CHECK(s.firstConversationAt == QDateTime(QDate(2026, 3, 2), QTime(11, 30)));
    CHECK(s.everSeenAlone);
    CHECK(s.nextActionDue == QDate(2026, 3, 28));
    CHECK_FALSE(s.feelsSafer.has_value());
}

TEST_CASE(
    "the caseload row of a bare concern has no facts yet, and a closed case carries whether they feel safer")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    CaseRecord bare = test::concernOnly(u"BARE-1"_s, QDate(2026, 3, 10));
    CaseRecord notAlone = test::concernOnly(u"NOTALONE-1"_s, QDate(2026, 3, 5));
    notAlone.conversations = {conversation(QDateTime(QDate(2026, 3, 8), QTime(14, 0)), false)};
    notAlone.closure = Closure{QDate(2026, 3, 30), FeelsSafer::Partly, {}, {}, {}};
    REQUIRE(repository.createCase(bare).ok());
    REQUIRE(repository.createCase(notAlone).ok());
    REQUIRE(repository.createCase(test::fullCase()).ok());

    const std::vector<CaseSummary> cases = CaseloadRepository(store->database()).allCases();
    REQUIRE(cases.size() == 3);
    CHECK(cases[0].reference == u"BARE-1"_s); // open cases first

    const CaseSummary& b = summaryOf(cases, u"BARE-1"_s);
    CHECK(b.personName == u"Olive Testperson"_s);
    CHECK(b.mspAsked.isEmpty());
    CHECK(b.outcomeCount == 0);
    CHECK(b.outcomesWithAchievement == 0);
    CHECK_FALSE(b.lastOutcomeRevisionOn.isValid());
    CHECK_FALSE(b.firstConversationAt.isValid());
    CHECK_FALSE(b.everSeenAlone);
    CHECK_FALSE(b.nextActionDue.isValid());
    CHECK_FALSE(b.concernReceivedTime.isValid());
    CHECK(b.noteCount == 0);

    const CaseSummary& n = summaryOf(cases, u"NOTALONE-1"_s);
    CHECK(n.firstConversationAt == QDateTime(QDate(2026, 3, 8), QTime(14, 0)));
    CHECK_FALSE(n.everSeenAlone);
    CHECK(n.closedOn == QDate(2026, 3, 30));
    CHECK(n.isClosed());
    REQUIRE(n.feelsSafer.has_value());
    CHECK(*n.feelsSafer == FeelsSafer::Partly);

    const CaseSummary& full = summaryOf(cases, u"FULL-1"_s);
    CHECK(full.personName == u"Norrie"_s);
    CHECK(full.outcomeCount == 2);
    CHECK(full.outcomesWithAchievement == 1);
    CHECK(full.lastOutcomeRevisionOn == QDate(2026, 2, 1));
    CHECK(full.everSeenAlone);
    CHECK(full.nextActionDue == QDate(2026, 3, 10));
    CHECK(full.feelsSafer == FeelsSafer::Partly);
}

TEST_CASE("the caseload facts follow later changes: a new conversation, a completed action, a revision")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(test::concernOnly(u"LATER-1"_s, QDate(2026, 3, 1))).id;
    const qint64 outcomeId =
        repository.addOutcome(caseId, OutcomeVoice::Person, {QDate(2026, 3, 2), u"Words"_s, {}}).id;
    const qint64 actionId =
        repository.addAction(caseId, {0, outcomeId, u"Me"_s, u"Call"_s, QDate(2026, 3, 3), {}}).id;
    REQUIRE(repository.addConversation(caseId, conversation(QDateTime(QDate(2026, 3, 2), QTime(9, 0)), true))
                .ok());
    REQUIRE(repository.setMspAsked(caseId, u"Yes they were asked and outcomes were expressed"_s).ok());
    REQUIRE(repository.reviseOutcome(outcomeId, {QDate(2026, 3, 30), u"New words"_s, {}}).ok());
    REQUIRE(repository.completeAction(actionId, QDate(2026, 3, 3)).ok());

    const CaseSummary s = CaseloadRepository(store->database()).allCases().at(0);
    CHECK(s.firstConversationAt == QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    CHECK(s.everSeenAlone);
    CHECK(s.mspAsked == u"Yes they were asked and outcomes were expressed"_s);
    CHECK(s.lastOutcomeRevisionOn == QDate(2026, 3, 30));
    CHECK_FALSE(s.nextActionDue.isValid());
}

TEST_CASE("an action no longer needed is not the caseload's next action; the open one after it is")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(test::concernOnly(u"LATER-2"_s, QDate(2026, 3, 1))).id;
    const qint64 stopped =
        repository.addAction(caseId, {0, 0, u"OT"_s, u"Fit a key safe"_s, QDate(2026, 3, 5), {}}).id;
    REQUIRE(repository.addAction(caseId, {0, 0, u"Me"_s, u"Call"_s, QDate(2026, 3, 12), {}}).ok());
    REQUIRE(repository
                .endAction(stopped,
                           {ActionEnd::Kind::NoLongerNeeded, QDate(2026, 3, 4),
                            u"Her daughter lets the carers in now."_s})
                .ok());

    CHECK(CaseloadRepository(store->database()).allCases().at(0).nextActionDue == QDate(2026, 3, 12));
}
