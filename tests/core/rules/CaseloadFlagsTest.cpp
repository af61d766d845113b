#include "rules/CaseloadFlags.h"
#include "model/SacCategories.h"
#include "support/Catch.h"

#include <algorithm>

using namespace alongside::core;

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(12, 0));

// A case that MSP would be content with: asked, seen alone, spoken to the same day.
CaseSummary completeOpenCase()
{
    CaseSummary summary;
    summary.concernReceivedOn = QDate(2026, 11, 10);
    summary.concernReceivedTime = QTime(9, 0);
    summary.firstConversationAt = QDateTime(QDate(2026, 11, 10), QTime(15, 0));
    summary.everSeenAlone = true;
    summary.mspAsked = sac::kMspAskedExpressed;
    summary.outcomeCount = 2;
    summary.lastOutcomeRevisionOn = QDate(2026, 11, 18);
    return summary;
}

bool has(const std::vector<CaseFlag>& flags, CaseFlagKind kind)
{
    return std::any_of(flags.begin(), flags.end(),
                       [kind](const CaseFlag& flag) { return flag.kind == kind; });
}

} // namespace

TEST_CASE("a case with outcomes asked, seen alone and spoken to in time raises no flags")
{
    CHECK(caseloadFlags(completeOpenCase(), kNow).empty());
}

TEST_CASE("a case where nobody has asked what the person wants is flagged")
{
    CaseSummary summary = completeOpenCase();
    summary.outcomeCount = 0;
    summary.mspAsked.clear();
    CHECK(has(caseloadFlags(summary, kNow), CaseFlagKind::OutcomesNotAsked));
    summary.mspAsked = sac::kMspAskedNoneExpressed; // asked, and they did not want to say
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::OutcomesNotAsked));
    summary.mspAsked = QStringLiteral("No");
    CHECK(has(caseloadFlags(summary, kNow), CaseFlagKind::OutcomesNotAsked));
}

TEST_CASE("a person never seen on their own is flagged")
{
    CaseSummary summary = completeOpenCase();
    summary.everSeenAlone = false;
    const auto flags = caseloadFlags(summary, kNow);
    REQUIRE(has(flags, CaseFlagKind::NotSeenAlone));
    CHECK(std::find_if(flags.begin(), flags.end(), [](const CaseFlag& f) {
              return f.kind == CaseFlagKind::NotSeenAlone;
          })->text.contains(QStringLiteral("own")));
}

TEST_CASE(
    "a first conversation 24 hours and one second after the concern is flagged; exactly 24 hours is not")
{
    CaseSummary summary = completeOpenCase();
    summary.firstConversationAt = QDateTime(QDate(2026, 11, 11), QTime(9, 0));
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::NoConversationIn24Hours));
    CHECK(spokenToWithin24Hours(summary));
    summary.firstConversationAt = QDateTime(QDate(2026, 11, 11), QTime(9, 0, 1));
    CHECK(has(caseloadFlags(summary, kNow), CaseFlagKind::NoConversationIn24Hours));
    CHECK_FALSE(spokenToWithin24Hours(summary));
}

TEST_CASE("with no conversation yet, the 24-hour flag waits until the 24 hours have passed")
{
    CaseSummary summary = completeOpenCase();
    summary.firstConversationAt = QDateTime();
    summary.concernReceivedOn = QDate(2026, 11, 21);
    summary.concernReceivedTime = QTime(8, 0);
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::NoConversationIn24Hours));
    CHECK(has(caseloadFlags(summary, kNow.addDays(1)), CaseFlagKind::NoConversationIn24Hours));
}

TEST_CASE("when only the day of the concern is known, the 24 hours run from the end of that day")
{
    CaseSummary summary = completeOpenCase();
    summary.concernReceivedTime = QTime();
    summary.firstConversationAt = QDateTime(QDate(2026, 11, 11), QTime(20, 0));
    CHECK(spokenToWithin24Hours(summary));
    summary.firstConversationAt = QDateTime(QDate(2026, 11, 12), QTime(0, 0, 0));
    CHECK_FALSE(spokenToWithin24Hours(summary));
}

TEST_CASE("outcomes not revisited for more than 4 weeks on an open case are flagged")
{
    CaseSummary summary = completeOpenCase();
    summary.lastOutcomeRevisionOn = kNow.date().addDays(-kOutcomeRevisitDays);
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::OutcomesNotRevisited));
    summary.lastOutcomeRevisionOn = kNow.date().addDays(-kOutcomeRevisitDays - 1);
    CHECK(has(caseloadFlags(summary, kNow), CaseFlagKind::OutcomesNotRevisited));
    summary.closedOn = kNow.date(); // a closed case is not expected to be revisited
    summary.feelsSafer = FeelsSafer::Yes;
    summary.outcomesWithAchievement = summary.outcomeCount;
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::OutcomesNotRevisited));
}

TEST_CASE("a closed case without asking if they feel safer, or without rating every outcome, is flagged")
{
    CaseSummary summary = completeOpenCase();
    summary.closedOn = QDate(2026, 11, 20);
    summary.feelsSafer = FeelsSafer::Yes;
    summary.outcomesWithAchievement = 2;
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::ClosedWithoutPersonsView));
    summary.feelsSafer = FeelsSafer::NotAsked;
    CHECK(has(caseloadFlags(summary, kNow), CaseFlagKind::ClosedWithoutPersonsView));
    summary.feelsSafer = FeelsSafer::Partly;
    summary.outcomesWithAchievement = 1;
    CHECK(has(caseloadFlags(summary, kNow), CaseFlagKind::ClosedWithoutPersonsView));
}
