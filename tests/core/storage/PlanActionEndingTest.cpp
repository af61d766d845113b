// A plan action ends done or no longer needed, each with why, and the record keeps both the
// action as it was planned and how it ended.

#include "CaseFixtures.h"
#include "TestBackends.h"

#include "rules/StillOpenAtClosing.h"
#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct OneAction {
    explicit OneAction(SqlBackend backend) : store(test::storeOn(backend)) {}
    std::unique_ptr<test::BackendStore> store;
    CaseRepository repository{store->database(), test::kPractitioner};
    qint64 caseId = repository.createCase(test::concernOnly(u"ENDS"_s, QDate(2026, 3, 1))).id;
    qint64 actionId =
        repository.addAction(caseId, {0, 0, u"Me"_s, u"Ring the day centre"_s, QDate(2026, 3, 9), {}}).id;

    PlanAction stored() { return repository.load(caseId)->actions.at(0); }
};

bool historyHas(const std::vector<HistoryEntry>& history, const QString& field, const QString& newValue)
{
    for (const HistoryEntry& entry : history)
        if (entry.record == u"action"_s && entry.field == field && entry.newValue == newValue)
            return true;
    return false;
}

} // namespace

TEST_CASE("an action no longer needed keeps why, is in the history, and is not listed as open at closing")
{
    ON_EACH_BACKEND(backend);
    OneAction s(backend);
    const ActionEnd end{ActionEnd::Kind::NoLongerNeeded, QDate(2026, 3, 5),
                        u"She moved to her daughter's, so the visits stopped."_s};
    REQUIRE(s.repository.endAction(s.actionId, end).ok());

    const PlanAction action = s.stored();
    CHECK(action.noLongerNeededOn == QDate(2026, 3, 5));
    CHECK_FALSE(action.doneOn.isValid());
    CHECK(action.endedWhy == u"She moved to her daughter's, so the visits stopped."_s);
    CHECK_FALSE(action.isOpen());
    CHECK(action.what == u"Ring the day centre"_s); // the plan as it was, kept

    const std::vector<HistoryEntry> history = s.repository.history(s.caseId);
    CHECK(historyHas(history, u"how it went or why it ended"_s,
                     u"She moved to her daughter's, so the visits stopped."_s));
    for (const QString& line : stillOpenAtClosing(*s.repository.load(s.caseId), {}))
        CHECK_FALSE(line.contains(u"Ring the day centre"_s));
}

TEST_CASE("an action is not ended as no longer needed without saying why")
{
    ON_EACH_BACKEND(backend);
    OneAction s(backend);
    const CaseWriteResult refused = s.repository.endAction(
        s.actionId, {ActionEnd::Kind::NoLongerNeeded, QDate(2026, 3, 5), u"  "_s});
    CHECK_FALSE(refused.ok());
    CHECK(s.stored().isOpen());
}

TEST_CASE("an action marked done keeps how it went, and cannot then be ended a second time")
{
    ON_EACH_BACKEND(backend);
    OneAction s(backend);
    REQUIRE(s.repository
                .endAction(s.actionId, {ActionEnd::Kind::Done, QDate(2026, 3, 8), u"They were pleased."_s})
                .ok());
    CHECK(s.stored().doneOn == QDate(2026, 3, 8));
    CHECK(s.stored().endedWhy == u"They were pleased."_s);

    const CaseWriteResult again = s.repository.endAction(
        s.actionId, {ActionEnd::Kind::NoLongerNeeded, QDate(2026, 3, 9), u"Changed mind"_s});
    CHECK_FALSE(again.ok());
    CHECK(s.stored().doneOn == QDate(2026, 3, 8));
    CHECK_FALSE(s.stored().noLongerNeededOn.isValid());
}
