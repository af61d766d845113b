// The moments from which each caseload flag is raised (CaseFlagTimes) are what the caseload
// stores with each case to answer "something missing" without reading every case. They must
// raise exactly the flags caseloadFlags() raises, at every moment, for every shape of case.

#include "model/SacCategories.h"
#include "rules/CaseloadFlags.h"
#include "support/Catch.h"

#include <QRandomGenerator>

using namespace alongside;
using namespace alongside::core;

namespace {

CaseSummary randomCase(QRandomGenerator& random)
{
    const QDate base(2026, 3, 1);
    const auto day = [&] { return base.addDays(random.bounded(-40, 40)); };
    const auto maybe = [&] { return random.bounded(3) != 0; };
    CaseSummary s;
    s.concernReceivedOn = day();
    if (maybe())
        s.concernReceivedTime = QTime(random.bounded(24), random.bounded(60), random.bounded(60));
    if (random.bounded(4) == 0)
        s.closedOn = s.concernReceivedOn.addDays(random.bounded(60));
    if (maybe())
        s.firstConversationAt = QDateTime(s.concernReceivedOn.addDays(random.bounded(3)),
                                          QTime(random.bounded(24), random.bounded(60)));
    s.everSeenAlone = maybe();
    s.outcomeCount = random.bounded(3);
    s.outcomesWithAchievement = random.bounded(s.outcomeCount + 1);
    if (s.outcomeCount > 0 && maybe())
        s.lastOutcomeRevisionOn = day();
    s.mspAsked = maybe() ? sac::kMspAskedExpressed : QString();
    if (s.isClosed())
        s.feelsSafer = maybe() ? FeelsSafer::Yes : FeelsSafer::NotAsked;
    s.enquiryDecided = maybe();
    s.advocacyChecked = maybe();
    s.capacityDoubtsUnassessed = random.bounded(2);
    if (maybe())
        s.earliestRiskReviewOn = day();
    return s;
}

} // namespace

TEST_CASE("the stored flag moments raise exactly the flags the rule raises, whatever the moment")
{
    QRandomGenerator random(14);
    for (int i = 0; i < 2000; ++i) {
        const CaseSummary s = randomCase(random);
        const CaseFlagTimes times = caseloadFlagTimes(s);
        // Moments around every edge: midnight, the 24-hour deadline to the millisecond, and
        // random ones.
        std::vector<QDateTime> moments;
        const QDateTime deadline = firstContactDeadline(s.concernReceivedOn, s.concernReceivedTime);
        moments.push_back(deadline);
        moments.push_back(deadline.addMSecs(1));
        moments.push_back(deadline.addMSecs(-1));
        for (const QDate& edge : {s.lastOutcomeRevisionOn.addDays(kOutcomeRevisitDays),
                                  s.lastOutcomeRevisionOn.addDays(kOutcomeRevisitDays + 1),
                                  s.earliestRiskReviewOn, s.earliestRiskReviewOn.addDays(1)}) {
            moments.push_back(QDateTime(edge, QTime(0, 0)));
            moments.push_back(QDateTime(edge, QTime(23, 59, 59, 999)));
        }
        for (int m = 0; m < 6; ++m)
            moments.push_back(QDateTime(QDate(2026, 3, 1).addDays(random.bounded(-50, 90)),
                                        QTime(random.bounded(24), random.bounded(60))));
        for (const QDateTime& now : moments) {
            if (!now.isValid())
                continue;
            INFO("case " << i << " at " << now.toString(Qt::ISODateWithMs).toStdString());
            CHECK(times.countAt(now) == static_cast<int>(caseloadFlags(s, now).size()));
        }
    }
}
