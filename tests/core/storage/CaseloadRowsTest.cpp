// The caseload's summary rows (schema step 14, issue 14): one row per case that the caseload
// reads a screenful at a time instead of reading every case. These tests hold the summary to
// what the case itself says after every kind of write, and hold the pages, sorts and filters
// answered from it to what sorting and filtering every case gives.

#include "CaseFixtures.h"

#include "demo/DemoCaseload.h"
#include "model/SacCategories.h"
#include "rules/CaseloadFlags.h"
#include "storage/repositories/CapacityRepository.h"
#include "storage/repositories/CaseloadRepository.h"
#include "storage/repositories/CaseloadRows.h"
#include "storage/repositories/DraftRepository.h"
#include "storage/repositories/SupervisionRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <string>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every fact of a summary on one line, so a difference names the case and the fact.
QString describe(const CaseSummary& s)
{
    return u"%1 %2 | %3 | %4 | %5 %6 | closed %7 | notes %8 | asked %9"_s.arg(s.caseId)
               .arg(s.reference, s.personName, s.stage, s.concernReceivedOn.toString(Qt::ISODate),
                    s.concernReceivedTime.toString(Qt::ISODate), s.closedOn.toString(Qt::ISODate))
               .arg(s.noteCount)
               .arg(s.mspAsked)
        + u" | outcomes %1/%2 rev %3 | first talk %4 alone %5 | action %6 | safer %7"_s.arg(s.outcomeCount)
              .arg(s.outcomesWithAchievement)
              .arg(s.lastOutcomeRevisionOn.toString(Qt::ISODate), s.firstConversationAt.toString(Qt::ISODate))
              .arg(s.everSeenAlone)
              .arg(s.nextActionDue.toString(Qt::ISODate))
              .arg(s.feelsSafer ? storageCode(*s.feelsSafer) : u"-"_s)
        + u" | enquiry %1 advocacy %2 doubts %3 risk review %4 | supervision %5 %6 | drafts %7"_s
              .arg(s.enquiryDecided)
              .arg(s.advocacyChecked)
              .arg(s.capacityDoubtsUnassessed)
              .arg(s.earliestRiskReviewOn.toString(Qt::ISODate),
                   s.nextSupervisionActionDue.toString(Qt::ISODate), s.nextSupervisionAction,
                   s.draftParts.join(u','));
}

QStringList described(const std::vector<CaseSummary>& cases)
{
    QStringList lines;
    for (const CaseSummary& s : cases)
        lines << describe(s);
    return lines;
}

// One line per case, so Catch shows a difference readably.
std::string text(const QStringList& lines)
{
    return lines.join(u'\n').toStdString();
}

// The rows exactly as stored, without bringing anything up to date first: what a write left.
QStringList storedRows(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(
        u"SELECT %1 FROM caseload_row ORDER BY is_closed, concern_received_on DESC, case_id DESC"_s.arg(
            caseloadRowColumns())));
    std::vector<CaseSummary> rows;
    while (query.next())
        rows.push_back(readCaseloadRow(query));
    return described(rows);
}

QStringList freshFacts(const QSqlDatabase& db)
{
    return described(freshCaseSummaries(db));
}

qint64 staleCases(const QSqlDatabase& db)
{
    return test::rowsIn(db, u"caseload_stale"_s);
}

} // namespace

TEST_CASE("every write through a repository leaves the caseload's summary saying what the case says")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const QSqlDatabase db = store->database();
    test::TestClock clock;
    CaseRepository cases(db, test::kPractitioner, clock.function());

    // The demo caseload: every case written through createCase, with legal records, risk
    // enablement and supervision through their own repositories.
    REQUIRE(populateDemoCaseload(db, clock.now.date()));
    CHECK(staleCases(db) == 0);
    CHECK(text(storedRows(db)) == text(freshFacts(db)));

    const qint64 caseId = cases.createCase(test::concernOnly(u"ROWS-1"_s, QDate(2026, 3, 1))).id;
    REQUIRE(caseId > 0);
    const auto checkAfter = [&](const char* write, const CaseWriteResult& result) {
        INFO(write << ": " << result.error.toStdString());
        REQUIRE(result.error.isEmpty());
        CHECK(staleCases(db) == 0);
        CHECK(text(storedRows(db)) == text(freshFacts(db)));
    };
    checkAfter("createCase", {caseId, {}});

    Person person = cases.load(caseId)->person;
    person.preferredName = u"Dot"_s;
    checkAfter("updatePerson", cases.updatePerson(caseId, person));
    checkAfter("setMspAsked", cases.setMspAsked(caseId, sac::kMspAskedExpressed));
    Conversation talk;
    talk.heldAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30));
    talk.place = u"Home"_s;
    talk.seenAlone = true;
    talk.notes = u"Spoke at home."_s;
    checkAfter("addConversation", cases.addConversation(caseId, talk));
    const CaseWriteResult outcome = cases.addOutcome(
        caseId, OutcomeVoice::Person, {QDate(2026, 3, 2), u"I want to feel safe at home"_s, {}});
    checkAfter("addOutcome", outcome);
    checkAfter("reviseOutcome",
               cases.reviseOutcome(outcome.id, {QDate(2026, 3, 2), u"I want my key back"_s, u"later"_s}));
    const CaseWriteResult action = cases.addAction(
        caseId, {0, 0, u"Alex"_s, u"Ring the bank"_s, QDate(2026, 3, 9), {}});
    checkAfter("addAction", action);
    checkAfter("completeAction", cases.completeAction(action.id, QDate(2026, 3, 2)));
    const CaseWriteResult note = cases.addNote(caseId, u"Rang the bank."_s);
    checkAfter("addNote", note);
    checkAfter("correctNote", cases.correctNote(note.id, u"Rang the bank twice."_s));
    checkAfter("addAddendum", cases.addAddendum(note.id, u"They rang back."_s));

    CapacityRepository capacity(db, test::kPractitioner, clock.function());
    checkAfter("noteDoubt", capacity.noteDoubt(caseId, u"where to live"_s, QDate(2026, 3, 2), u"confused"_s));

    SupervisionRepository supervision(db, test::kPractitioner, clock.function());
    SupervisionAction agreed;
    agreed.caseId = caseId;
    agreed.what = u"Check in with the GP"_s;
    agreed.owner = u"Alex"_s;
    agreed.dueOn = QDate(2026, 3, 5);
    const CaseWriteResult agreedAction = supervision.addAction(agreed);
    checkAfter("supervision addAction", agreedAction);
    checkAfter("supervision completeAction", supervision.completeAction(agreedAction.id, QDate(2026, 3, 4)));

    Closure closure;
    closure.closedOn = QDate(2026, 3, 2);
    closure.feelsSafer = FeelsSafer::Yes;
    checkAfter(
        "close",
        cases.close(caseId, closure, {{outcome.id, {Achievement::Fully, u"done"_s, QDate(2026, 3, 2)}}}));
}

TEST_CASE("a change made outside a repository write reaches the caseload before it is read")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const QSqlDatabase db = store->database();
    test::TestClock clock;
    const qint64 caseId = CaseRepository(db, test::kPractitioner, clock.function())
                              .createCase(test::concernOnly(u"D-1"_s, QDate(2026, 3, 1)))
                              .id;

    // A draft is saved on its own, not through a repository's transaction; the schema's
    // triggers mark the case, and the caseload brings it up to date when it reads.
    REQUIRE(DraftRepository(db).save(DraftPlace{caseId, u"closing"_s, u"closing"_s, 0}, u"half a thought"_s,
                                     clock.now));
    CHECK(staleCases(db) == 1);
    const std::vector<CaseSummary> read = CaseloadRepository(db).allCases();
    REQUIRE(read.size() == 1);
    CHECK(read.front().draftParts == QStringList{u"closing"_s});
    CHECK(staleCases(db) == 0);
    CHECK(text(storedRows(db)) == text(freshFacts(db)));

    // So does one written in plain SQL, and a case that is removed takes its row with it.
    QSqlQuery query(db);
    REQUIRE(query.exec(u"UPDATE safeguarding_case SET stage = 'Enquiry' WHERE id = %1"_s.arg(caseId)));
    CHECK(CaseloadRepository(db).allCases().front().stage == u"Enquiry"_s);
    REQUIRE(query.exec(u"DELETE FROM draft"_s));
    REQUIRE(query.exec(u"DELETE FROM safeguarding_case WHERE id = %1"_s.arg(caseId)));
    CHECK(CaseloadRepository(db).allCases().empty());
    CHECK(test::rowsIn(db, u"caseload_row"_s) == 0);
}

TEST_CASE(
    "every sort and filter of the caseload gives the same cases in the same order as sorting every case")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const QSqlDatabase db = store->database();
    const QDate today(2026, 5, 20);
    REQUIRE(populateDemoCaseload(db, today));
    const std::vector<CaseSummary> every = freshCaseSummaries(db); // the stored order
    REQUIRE(every.size() > 5);

    using View = CaseloadView;
    const CaseloadRepository caseload(db);
    // Today, and later days on which more of the time-based flags are raised.
    for (const QDateTime& now : {QDateTime(today, QTime(9, 0)), QDateTime(today.addDays(40), QTime(18, 0)),
                                 QDateTime(today.addDays(-30), QTime(8, 0))}) {
        const auto flagsAt = [&](const CaseSummary& s) {
            return static_cast<int>(caseloadFlags(s, now).size());
        };
        const auto nextDue = [](const CaseSummary& s) {
            QDate due = s.nextActionDue;
            if (s.nextSupervisionActionDue.isValid() && (!due.isValid() || s.nextSupervisionActionDue < due))
                due = s.nextSupervisionActionDue;
            return due.isValid() ? due.toJulianDay() : std::numeric_limits<qint64>::max();
        };
        for (const View::Show show :
             {View::Show::All, View::Show::Open, View::Show::SomethingMissing, View::Show::Closed}) {
            for (const View::Sort sort :
                 {View::Sort::AsStored, View::Sort::Person, View::Sort::Reference, View::Sort::HeldBy,
                  View::Sort::Stage, View::Sort::DaysOpen, View::Sort::NextAction, View::Sort::Flags}) {
                for (const bool descending : {false, true}) {
                    // What the screen used to do: every case, filtered, then a stable sort.
                    std::vector<CaseSummary> expected;
                    for (const CaseSummary& s : every) {
                        const bool shown = show == View::Show::All
                            || (show == View::Show::Open && !s.isClosed())
                            || (show == View::Show::Closed && s.isClosed())
                            || (show == View::Show::SomethingMissing && flagsAt(s) > 0);
                        if (shown)
                            expected.push_back(s);
                    }
                    const auto key = [&](const CaseSummary& s) -> QVariant {
                        switch (sort) {
                        case View::Sort::Person:
                            return s.personName.toCaseFolded();
                        case View::Sort::Reference:
                            return s.reference;
                        case View::Sort::HeldBy:
                            return s.heldBy.value_or(QString());
                        case View::Sort::Stage:
                            return s.stage;
                        case View::Sort::DaysOpen:
                            return s.daysOpen(now.date());
                        case View::Sort::NextAction:
                            return nextDue(s);
                        case View::Sort::Flags:
                            return flagsAt(s);
                        case View::Sort::AsStored:
                            break;
                        }
                        return 0;
                    };
                    if (sort != View::Sort::AsStored)
                        std::stable_sort(expected.begin(), expected.end(), [&](const auto& a, const auto& b) {
                            const int order = QVariant::compare(key(a), key(b)) == QPartialOrdering::Less ? -1
                                : QVariant::compare(key(a), key(b)) == QPartialOrdering::Greater          ? 1
                                                                                                          : 0;
                            return descending ? order > 0 : order < 0;
                        });
                    const View view{show, sort, descending, {}};
                    INFO("show " << static_cast<int>(show) << " sort " << static_cast<int>(sort)
                                 << " descending " << descending << " at "
                                 << now.toString(Qt::ISODate).toStdString());
                    CHECK(text(described(caseload.page(view, now, 0, -1))) == text(described(expected)));
                    CHECK(caseload.count(view, now) == static_cast<qint64>(expected.size()));
                    // A page is a slice of the whole.
                    const std::vector<CaseSummary> second = caseload.page(view, now, 2, 3);
                    CHECK(text(described(second)) == text(described(expected).mid(2, 3)));
                }
            }
        }
    }
}

TEST_CASE("the caseload can be narrowed to the cases a search or a figure found")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const QSqlDatabase db = store->database();
    REQUIRE(populateDemoCaseload(db, QDate(2026, 5, 20)));
    const std::vector<CaseSummary> every = freshCaseSummaries(db);
    REQUIRE(every.size() > 3);
    const QDateTime now(QDate(2026, 5, 20), QTime(9, 0));
    CaseloadView view;
    view.only = QList<qint64>{every[3].caseId, every[1].caseId};
    const std::vector<CaseSummary> found = CaseloadRepository(db).page(view, now, 0, -1);
    REQUIRE(found.size() == 2);
    CHECK(found[0].caseId == every[1].caseId); // in the caseload's order, not the list's
    CHECK(found[1].caseId == every[3].caseId);
    view.only = QList<qint64>{};
    CHECK(CaseloadRepository(db).count(view, now) == 0);
    CHECK(CaseloadRepository(db).positionOf(every[2].caseId, CaseloadView{}, now) == 2);
}

TEST_CASE("many cases marked stale at once get their rows, and the summary keeps every index it had")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const QSqlDatabase db = store->database();
    REQUIRE(populateDemoCaseload(db, QDate(2026, 5, 20)));
    const auto indexes = [&db] {
        QSqlQuery query(db);
        REQUIRE(query.exec(
            u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'caseload_row'"
            " ORDER BY name"_s));
        QStringList found;
        while (query.next())
            found << query.value(0).toString() + u": "_s + query.value(1).toString();
        return found;
    };
    const QStringList before = indexes();
    REQUIRE(before.size() >= 7);

    // What an upgrade does: every case stale, rebuilt in one go by the bulk path.
    QSqlQuery query(db);
    REQUIRE(query.exec(u"DELETE FROM caseload_row"_s));
    REQUIRE(query.exec(u"INSERT INTO caseload_stale (case_id) SELECT id FROM safeguarding_case"_s));
    REQUIRE(refreshCaseloadRows(db, /*rebuildIndexesFrom=*/1).isEmpty());
    CHECK(staleCases(db) == 0);
    CHECK(text(storedRows(db)) == text(freshFacts(db)));
    CHECK(text(indexes()) == text(before));
}
