// Reflective supervision in a real store: sessions, notes, agreed actions and sign-offs,
// each written to the case's history; sign-offs kept exactly as given.

#include "storage/CaseFixtures.h"

#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseloadRepository.h"
#include "storage/repositories/RiskEnablementRepository.h"
#include "storage/repositories/SupervisionRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct SupervisionStore {
    test::TempStoreFolder folder;
    std::unique_ptr<Store> store = test::createStore(folder.storePath());
    test::TestClock clock;
    CaseRepository cases{store->database(), test::kPractitioner, clock.function()};
    SupervisionRepository supervision{store->database(), test::kPractitioner, clock.function()};
    qint64 doris = cases.createCase(test::concernOnly(u"SUP-1"_s, QDate(2026, 2, 2))).id;
    qint64 sam = cases.createCase(test::concernOnly(u"SUP-2"_s, QDate(2026, 2, 9))).id;

    qint64 session()
    {
        return supervision.startSession({0, QDate(2026, 3, 2), test::kPractitioner, u"Jo Teamleader"_s}).id;
    }
    qint64 wishesOverride(qint64 caseId)
    {
        WishesSituation situation;
        situation.wish = PersonsWish::DoesNotWantAction;
        situation.othersAtRisk = {YesNoUnknown::Yes, u"Her grandchildren stay at weekends"_s};
        const CaseWriteResult written = AdvocacyRepository(store->database(), test::kPractitioner,
                                                           clock.function())
                                            .recordWishesOverride(caseId, QDate(2026, 2, 20), situation);
        REQUIRE(written.ok());
        return written.id;
    }
    std::vector<HistoryEntry> historyOf(qint64 caseId, const QString& record) const
    {
        std::vector<HistoryEntry> found;
        for (const HistoryEntry& entry : cases.history(caseId)) {
            if (entry.record == record)
                found.push_back(entry);
        }
        return found;
    }
};

ManagerSignOff signOffOf(qint64 caseId, qint64 overrideId, const QString& comment)
{
    ManagerSignOff signOff;
    signOff.caseId = caseId;
    signOff.subject = SignOffSubject::WishesOverride;
    signOff.subjectId = overrideId;
    signOff.name = u"Jo Teamleader"_s;
    signOff.role = u"Team manager"_s;
    signOff.signedOn = QDate(2026, 3, 2);
    signOff.comment = comment;
    return signOff;
}

} // namespace

TEST_CASE("a supervision is kept with its day, whose cases and who supervised")
{
    SupervisionStore s;
    REQUIRE(s.session() > 0);
    const CaseWriteResult refused = s.supervision.startSession(
        {0, QDate(2026, 3, 2), test::kPractitioner, {}});
    CHECK(refused.error == u"Say who supervised."_s);
    const auto sessions = s.supervision.sessions();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].heldOn == QDate(2026, 3, 2));
    CHECK(sessions[0].practitioner == test::kPractitioner);
    CHECK(sessions[0].teamLeader == u"Jo Teamleader"_s);
}

TEST_CASE("a reflective note keeps the answers talked about and the actions agreed, and comes back the same")
{
    SupervisionStore s;
    const qint64 session = s.session();
    ReflectiveNote note;
    note.sessionId = session;
    note.caseId = s.doris;
    note.answers = {{ReflectivePrompt::PersonWants, u"For the visits from her nephew to stop"_s},
                    {ReflectivePrompt::MissingVoice, u"Her sister's"_s},
                    {ReflectivePrompt::DoDifferently, u"   "_s}};
    note.actions = {{0,
                     0,
                     0,
                     u"Ask Doris whether she would like her sister at the meeting"_s,
                     u"Alex"_s,
                     QDate(2026, 3, 9),
                     {},
                     {}}};
    const CaseWriteResult written = s.supervision.saveNote(note);
    REQUIRE(written.ok());

    const std::optional<ReflectiveNote> back = s.supervision.note(session, s.doris);
    REQUIRE(back.has_value());
    CHECK(back->answers.size() == 2); // the blank answer was not talked about
    CHECK(back->answerTo(ReflectivePrompt::PersonWants) == u"For the visits from her nephew to stop"_s);
    CHECK(back->answerTo(ReflectivePrompt::MissingVoice) == u"Her sister's"_s);
    CHECK(back->writtenBy == test::kPractitioner);
    REQUIRE(back->actions.size() == 1);
    CHECK(back->actions[0].owner == u"Alex"_s);
    CHECK(back->actions[0].dueOn == QDate(2026, 3, 9));
    CHECK(back->actions[0].agreedOn == QDate(2026, 3, 2));
    CHECK(s.supervision.notesFor(s.sam).empty());

    const auto history = s.historyOf(s.doris, u"reflective note"_s);
    CHECK(history.size() == 3);                                       // the session, and two answers
    CHECK(s.historyOf(s.doris, u"supervision action"_s).size() == 3); // what, owner, due on
}

TEST_CASE("saving the note again replaces its answers, keeps its actions, and the history shows what changed")
{
    SupervisionStore s;
    const qint64 session = s.session();
    ReflectiveNote note;
    note.sessionId = session;
    note.caseId = s.doris;
    note.answers = {{ReflectivePrompt::Worries, u"Money going missing"_s}};
    note.actions = {{0, 0, 0, u"Check the bank letters with her"_s, u"Alex"_s, QDate(2026, 3, 9), {}, {}}};
    const qint64 noteId = s.supervision.saveNote(note).id;
    note = *s.supervision.note(session, s.doris);
    note.answers = {{ReflectivePrompt::Worries, u"Money going missing, and she seems frightened"_s}};
    REQUIRE(s.supervision.saveNote(note).id == noteId);

    const ReflectiveNote back = *s.supervision.note(session, s.doris);
    CHECK(back.answerTo(ReflectivePrompt::Worries) == u"Money going missing, and she seems frightened"_s);
    CHECK(back.actions.size() == 1); // the stored action was not added twice
    const auto history = s.historyOf(s.doris, u"reflective note"_s);
    REQUIRE(history.size() == 3);
    CHECK(history.back().field == u"worries"_s);
    CHECK(history.back().oldValue == u"Money going missing"_s);
    CHECK(history.back().newValue == u"Money going missing, and she seems frightened"_s);
}

TEST_CASE("an agreed action shows in the case's supervision facts until it is done")
{
    SupervisionStore s;
    SupervisionAction later{0, s.sam, 0, u"Book an interpreter"_s, u"Alex"_s, QDate(2026, 3, 20), {}, {}};
    SupervisionAction sooner{0,  s.sam, 0, u"Visit Sam at the day centre"_s, u"Priya"_s, QDate(2026, 3, 5),
                             {}, {}};
    REQUIRE(s.supervision.addAction(later).ok());
    const qint64 soonerId = s.supervision.addAction(sooner).id;

    auto facts = s.supervision.caseFacts();
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].caseId == s.sam);
    CHECK(facts[0].openSupervisionActions == 2);
    CHECK(facts[0].nextSupervisionActionDue == QDate(2026, 3, 5));
    CHECK(facts[0].nextSupervisionAction == u"Visit Sam at the day centre"_s);
    CHECK(facts[0].nextSupervisionActionOwner == u"Priya"_s);

    REQUIRE(s.supervision.completeAction(soonerId, QDate(2026, 3, 4)).ok());
    facts = s.supervision.caseFacts();
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].openSupervisionActions == 1);
    CHECK(facts[0].nextSupervisionActionDue == QDate(2026, 3, 20));
    const auto done = s.historyOf(s.sam, u"supervision action"_s);
    CHECK(done.back().field == u"done on"_s);
    CHECK(done.back().newValue == u"2026-03-04"_s);
    CHECK(s.supervision.actionsFor(s.sam).back().doneOn == QDate(2026, 3, 4));
    CHECK(s.supervision.addAction({0, s.sam, 0, u"No owner"_s, {}, {}, {}, {}}).error
          == u"An agreed action needs someone to own it."_s);
}

TEST_CASE("a manager's sign-off is kept as given: the store refuses to change or remove it")
{
    SupervisionStore s;
    const qint64 overrideId = s.wishesOverride(s.doris);
    const CaseWriteResult first = s.supervision.signOff(
        signOffOf(s.doris, overrideId, u"Agreed: the children come first"_s));
    REQUIRE(first.ok());

    QSqlQuery change(s.store->database());
    CHECK_FALSE(change.exec(u"UPDATE manager_signoff SET comment = 'changed' WHERE id = %1"_s.arg(first.id)));
    CHECK_FALSE(change.exec(u"DELETE FROM manager_signoff WHERE id = %1"_s.arg(first.id)));
    const std::vector<ManagerSignOff> kept = s.supervision.signOffsFor(s.doris);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].comment == u"Agreed: the children come first"_s);
    CHECK(kept[0].name == u"Jo Teamleader"_s);
    CHECK(kept[0].role == u"Team manager"_s);
    CHECK(kept[0].signedOn == QDate(2026, 3, 2));
    CHECK(kept[0].recordedBy == test::kPractitioner);
    const auto history = s.historyOf(s.doris, u"manager sign-off"_s);
    CHECK(history.size() == 5); // decision, signed by, role, signed on, comment
}

TEST_CASE("signing the same decision again supersedes the earlier sign-off, which stays in the record")
{
    SupervisionStore s;
    const qint64 overrideId = s.wishesOverride(s.doris);
    const qint64 first = s.supervision.signOff(signOffOf(s.doris, overrideId, u"Agreed"_s)).id;
    s.clock.now = s.clock.now.addDays(7);
    const CaseWriteResult second = s.supervision.signOff(
        signOffOf(s.doris, overrideId, u"Reviewed; still agreed"_s));
    REQUIRE(second.ok());

    const auto kept = s.supervision.signOffsFor(s.doris);
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].comment == u"Agreed"_s);
    CHECK(kept[1].supersedes == first);
    const auto current = s.supervision.currentSignOff(SignOffSubject::WishesOverride, overrideId);
    REQUIRE(current.has_value());
    CHECK(current->id == second.id);
    CHECK(s.historyOf(s.doris, u"manager sign-off"_s).back().field == u"supersedes"_s);
}

TEST_CASE("a sign-off is refused without a name or a role, dated ahead, or for another case's decision")
{
    SupervisionStore s;
    const qint64 overrideId = s.wishesOverride(s.doris);
    ManagerSignOff signOff = signOffOf(s.doris, overrideId, {});
    signOff.name = u" "_s;
    CHECK(s.supervision.signOff(signOff).error == u"A sign-off needs the name of the manager giving it."_s);
    signOff = signOffOf(s.doris, overrideId, {});
    signOff.role.clear();
    CHECK(s.supervision.signOff(signOff).error == u"A sign-off needs the manager's role."_s);
    signOff = signOffOf(s.doris, overrideId, {});
    signOff.signedOn = QDate(2026, 3, 3);
    CHECK(s.supervision.signOff(signOff).error == u"A sign-off cannot be dated in the future."_s);
    CHECK(s.supervision.signOff(signOffOf(s.sam, overrideId, {})).error
          == u"That decision is not part of this case."_s);
    CHECK(s.supervision.signOffsFor(s.doris).empty());
    CHECK(s.historyOf(s.doris, u"manager sign-off"_s).empty());
}

TEST_CASE("a risk-enablement decision can be signed off, and the case lists both kinds of decision")
{
    SupervisionStore s;
    RiskEnablementNote note;
    note.activity = u"Going to the allotment on her own"_s;
    note.decidedOn = QDate(2026, 2, 25);
    note.reviewOn = QDate(2026, 4, 25);
    const CaseWriteResult risk = RiskEnablementRepository(s.store->database(), test::kPractitioner,
                                                          s.clock.function())
                                     .addNote(s.doris, note);
    REQUIRE(risk.ok());
    const qint64 overrideId = s.wishesOverride(s.doris);

    const auto decisions = s.supervision.decisionsFor(s.doris);
    REQUIRE(decisions.size() == 2);
    CHECK(decisions[0].subject == static_cast<int>(SignOffSubject::RiskEnablement));
    CHECK(decisions[0].description == u"Going to the allotment on her own"_s);
    CHECK(decisions[1].subjectId == overrideId);

    ManagerSignOff signOff = signOffOf(s.doris, risk.id, u"A proportionate risk she chooses"_s);
    signOff.subject = SignOffSubject::RiskEnablement;
    REQUIRE(s.supervision.signOff(signOff).ok());
    CHECK(s.supervision.currentSignOff(SignOffSubject::RiskEnablement, risk.id).has_value());
    CHECK_FALSE(s.supervision.currentSignOff(SignOffSubject::WishesOverride, overrideId).has_value());
}

TEST_CASE("decisions against the person's wishes are counted per case, with those not yet signed off")
{
    SupervisionStore s;
    const qint64 first = s.wishesOverride(s.doris);
    s.wishesOverride(s.doris);
    REQUIRE(s.supervision.signOff(signOffOf(s.doris, first, {})).ok());
    const auto facts = s.supervision.caseFacts();
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].caseId == s.doris);
    CHECK(facts[0].wishesOverridden == 2);
    CHECK(facts[0].overridesNotSignedOff == 1);
    CHECK(facts[0].lastOverrideOn == QDate(2026, 2, 20));
    CHECK(facts[0].openSupervisionActions == 0);
}

TEST_CASE("the caseload row carries the next action agreed in supervision until it is done")
{
    SupervisionStore s;
    const qint64 later =
        s.supervision
            .addAction({0, s.doris, 0, u"Book the interpreter"_s, u"Alex"_s, QDate(2026, 3, 20), {}, {}})
            .id;
    REQUIRE(
        s.supervision.addAction({0, s.doris, 0, u"Ring her sister"_s, u"Priya"_s, QDate(2026, 3, 5), {}, {}})
            .ok());
    const auto rowOf = [&s] {
        for (const CaseSummary& row : CaseloadRepository(s.store->database()).allCases()) {
            if (row.caseId == s.doris)
                return row;
        }
        throw std::runtime_error("no such case");
    };
    CHECK(rowOf().nextSupervisionActionDue == QDate(2026, 3, 5));
    CHECK(rowOf().nextSupervisionAction == u"Ring her sister (Priya)"_s);
    for (const SupervisionAction& action : s.supervision.actionsFor(s.doris)) {
        if (action.id != later)
            REQUIRE(s.supervision.completeAction(action.id, QDate(2026, 3, 2)).ok());
    }
    CHECK(rowOf().nextSupervisionActionDue == QDate(2026, 3, 20));
    REQUIRE(s.supervision.completeAction(later, QDate(2026, 3, 2)).ok());
    CHECK_FALSE(rowOf().nextSupervisionActionDue.isValid());
    CHECK(rowOf().nextSupervisionAction.isEmpty());
}
