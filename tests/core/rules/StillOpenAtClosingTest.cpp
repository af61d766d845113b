#include "rules/StillOpenAtClosing.h"
#include "model/SacCategories.h"
#include "support/Catch.h"

using namespace alongside::core;

namespace {

CaseRecord caseWithWork()
{
    CaseRecord record;
    record.id = 1;
    record.mspAsked = sac::kMspAskedExpressed;
    record.section42 = Section42Decision{};
    DesiredOutcome stop;
    stop.id = 11;
    stop.revisions = {{QDate(2026, 2, 20), QStringLiteral("I just want it to stop"), {}}};
    record.outcomes = {stop};
    PlanAction talk;
    talk.id = 21;
    talk.who = QStringLiteral("Alex");
    talk.what = QStringLiteral("Speak to the agency manager together");
    talk.dueOn = QDate(2026, 3, 9);
    PlanAction done = talk;
    done.id = 22;
    done.what = QStringLiteral("Change the rota");
    done.doneOn = QDate(2026, 3, 1);
    record.actions = {talk, done};
    return record;
}

bool mentions(const QStringList& lines, const QString& words)
{
    for (const QString& line : lines)
        if (line.contains(words))
            return true;
    return false;
}

} // namespace

TEST_CASE(
    "nothing is listed when every action is done, every outcome has their view and they were asked if safer")
{
    CaseRecord record = caseWithWork();
    record.actions.erase(record.actions.begin());
    ClosingIntent intent;
    intent.outcomesWithTheirView = {11};
    intent.feelsSafer = FeelsSafer::Partly;
    CHECK(stillOpenAtClosing(record, intent).isEmpty());
}

TEST_CASE("an action not done is listed with who and by when; a done one is not")
{
    const QStringList open = stillOpenAtClosing(caseWithWork(), {{11}, FeelsSafer::Yes, {}});
    CHECK(mentions(open, QStringLiteral("“Speak to the agency manager together” (Alex, by 9 Mar 2026)")));
    CHECK_FALSE(mentions(open, QStringLiteral("Change the rota")));
}

TEST_CASE("an outcome without their view and \"feels safer\" not asked are both listed")
{
    const QStringList open = stillOpenAtClosing(caseWithWork(), {{}, FeelsSafer::NotAsked, {}});
    CHECK(mentions(open, QStringLiteral("No view from them yet on “I just want it to stop”")));
    CHECK(mentions(open, QStringLiteral("feel safer")));
    CHECK(
        mentions(stillOpenAtClosing(caseWithWork(), {{11}, std::nullopt, {}}), QStringLiteral("feel safer")));
}

TEST_CASE("drafts waiting are listed as the screen describes them, and missing SAC answers are named")
{
    CaseRecord record = caseWithWork();
    record.mspAsked.clear();
    record.section42.reset();
    const QStringList open = stillOpenAtClosing(
        record, {{11}, FeelsSafer::Yes, {QStringLiteral("A conversation put aside")}});
    CHECK(open.contains(QStringLiteral("A conversation put aside")));
    CHECK(mentions(open, QStringLiteral("asked what they want")));
    CHECK(mentions(open, QStringLiteral("s.42 decision")));
}
