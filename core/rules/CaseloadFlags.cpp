#include "rules/CaseloadFlags.h"

#include "model/SacCategories.h"

#include <QCoreApplication>

namespace alongside::core {

QString flagText(CaseFlagKind kind)
{
    switch (kind) {
    case CaseFlagKind::OutcomesNotAsked:
        return QCoreApplication::translate("CaseloadFlags", "Not yet asked what they want to happen");
    case CaseFlagKind::NotSeenAlone:
        return QCoreApplication::translate("CaseloadFlags", "Not yet seen on their own");
    case CaseFlagKind::NoConversationIn24Hours:
        return QCoreApplication::translate("CaseloadFlags", "Not spoken with within 24 hours of the concern");
    case CaseFlagKind::OutcomesNotRevisited:
        return QCoreApplication::translate("CaseloadFlags",
                                           "What they want has not been revisited for 4 weeks");
    case CaseFlagKind::ClosedWithoutPersonsView:
        return QCoreApplication::translate("CaseloadFlags", "Closed without their view of how it went");
    case CaseFlagKind::AdvocacyNotChecked:
        return QCoreApplication::translate("CaseloadFlags",
                                           "Not yet checked whether they need an independent advocate");
    case CaseFlagKind::CapacityDoubtedNotAssessed:
        return QCoreApplication::translate(
            "CaseloadFlags", "A doubt about their capacity to decide has not yet been assessed");
    case CaseFlagKind::RiskReviewOverdue:
        return QCoreApplication::translate("CaseloadFlags", "A risk enablement note is past its review date");
    }
    return {};
}

namespace {

// "Within 24 hours" read on the clock on the wall: by the same time the next day. Comparing
// dates and times directly (not instants) keeps this cheap over a whole caseload and means
// what practitioners mean by it, including across a clock change.
struct WallClockDeadline {
    QDate date;
    QTime time;
    bool isValid() const { return date.isValid(); }
    bool passedBy(const QDateTime& moment) const
    {
        const QDate day = moment.date();
        return day > date || (day == date && moment.time() > time);
    }
};

WallClockDeadline deadlineFor(const QDate& concernReceivedOn, const QTime& concernReceivedTime)
{
    if (!concernReceivedOn.isValid())
        return {};
    // Without a time, count from the end of the day the concern came in: the practitioner
    // is not marked late for a time nobody recorded.
    return {concernReceivedOn.addDays(1),
            concernReceivedTime.isValid() ? concernReceivedTime : QTime(23, 59, 59)};
}

} // namespace

QDateTime firstContactDeadline(const QDate& concernReceivedOn, const QTime& concernReceivedTime)
{
    const WallClockDeadline deadline = deadlineFor(concernReceivedOn, concernReceivedTime);
    return deadline.isValid() ? QDateTime(deadline.date, deadline.time) : QDateTime();
}

bool spokenToWithin24Hours(const CaseSummary& summary)
{
    const WallClockDeadline deadline = deadlineFor(summary.concernReceivedOn, summary.concernReceivedTime);
    return summary.firstConversationAt.isValid() && deadline.isValid()
        && !deadline.passedBy(summary.firstConversationAt);
}

std::vector<CaseFlag> caseloadFlags(const CaseSummary& summary, const QDateTime& now)
{
    std::vector<CaseFlag> flags;
    const auto raise = [&flags](CaseFlagKind kind) { flags.push_back({kind, flagText(kind)}); };

    const bool asked = summary.outcomeCount > 0 || summary.mspAsked == sac::kMspAskedExpressed
        || summary.mspAsked == sac::kMspAskedNoneExpressed;
    if (!asked)
        raise(CaseFlagKind::OutcomesNotAsked);

    if (!summary.everSeenAlone)
        raise(CaseFlagKind::NotSeenAlone);

    // Only once the 24 hours have run out: a concern that came in this morning is not late yet.
    const WallClockDeadline deadline = deadlineFor(summary.concernReceivedOn, summary.concernReceivedTime);
    const bool late = deadline.isValid()
        && deadline.passedBy(summary.firstConversationAt.isValid() ? summary.firstConversationAt : now);
    if (late)
        raise(CaseFlagKind::NoConversationIn24Hours);

    if (!summary.isClosed() && summary.outcomeCount > 0 && summary.lastOutcomeRevisionOn.isValid()
        && summary.lastOutcomeRevisionOn.daysTo(now.date()) > kOutcomeRevisitDays)
        raise(CaseFlagKind::OutcomesNotRevisited);

    if (summary.isClosed()) {
        const bool askedIfSafer = summary.feelsSafer.has_value()
            && *summary.feelsSafer != FeelsSafer::NotAsked;
        const bool everyOutcomeRated = summary.outcomesWithAchievement == summary.outcomeCount;
        if (!askedIfSafer || !everyOutcomeRated)
            raise(CaseFlagKind::ClosedWithoutPersonsView);
    }

    // Care Act 2014 s.68 (s.42 enquiries; s.67 for the care processes alongside them): the
    // council must consider whether the person would have substantial difficulty in being
    // involved, and whether there is an appropriate individual, once an enquiry is under way.
    if (!summary.isClosed() && summary.enquiryDecided && !summary.advocacyChecked)
        raise(CaseFlagKind::AdvocacyNotChecked);

    // MCA 2005 s.1(2)-(3): capacity is presumed, but once there is reason to doubt it for a
    // decision, the doubt is to be resolved by an assessment (Code of Practice ch.4) before
    // anyone acts on the decision.
    if (!summary.isClosed() && summary.capacityDoubtsUnassessed > 0)
        raise(CaseFlagKind::CapacityDoubtedNotAssessed);

    // A positive risk-taking decision stays defensible only while it is reviewed when agreed.
    if (!summary.isClosed() && summary.earliestRiskReviewOn.isValid()
        && summary.earliestRiskReviewOn < now.date())
        raise(CaseFlagKind::RiskReviewOverdue);
    return flags;
}

namespace {

bool reached(const QDate& fromDate, const QTime& fromTime, const QDateTime& now)
{
    if (!fromDate.isValid())
        return false;
    const QDate today = now.date();
    return today > fromDate || (today == fromDate && now.time() >= fromTime);
}

} // namespace

int CaseFlagTimes::countAt(const QDateTime& now) const
{
    return always + (reached(noContactFromDate, noContactFromTime, now) ? 1 : 0)
        + (reached(notRevisitedFrom, QTime(0, 0), now) ? 1 : 0)
        + (reached(riskReviewOverdueFrom, QTime(0, 0), now) ? 1 : 0);
}

CaseFlagTimes caseloadFlagTimes(const CaseSummary& summary)
{
    // Every flag caseloadFlags() raises without looking at now counts as always; the rest say
    // from when. Tested against caseloadFlags() over many facts and moments, so the two cannot
    // drift apart.
    CaseFlagTimes times;
    const QDateTime anyMoment(QDate(2000, 1, 1), QTime(0, 0));
    const WallClockDeadline deadline = deadlineFor(summary.concernReceivedOn, summary.concernReceivedTime);
    for (const CaseFlag& flag : caseloadFlags(summary, anyMoment)) {
        const bool timed = flag.kind == CaseFlagKind::NoConversationIn24Hours
            || flag.kind == CaseFlagKind::OutcomesNotRevisited
            || flag.kind == CaseFlagKind::RiskReviewOverdue;
        if (!timed) // the timed ones are counted from their own moments below
            ++times.always;
    }
    if (deadline.isValid()) {
        if (summary.firstConversationAt.isValid()) {
            if (deadline.passedBy(summary.firstConversationAt))
                ++times.always; // spoken with late: that stays true
        } else {
            // Raised once now is past the deadline: from the next millisecond on the wall clock.
            const QTime next = deadline.time.addMSecs(1);
            times.noContactFromDate = next < deadline.time ? deadline.date.addDays(1) : deadline.date;
            times.noContactFromTime = next;
        }
    }
    if (!summary.isClosed() && summary.outcomeCount > 0 && summary.lastOutcomeRevisionOn.isValid())
        times.notRevisitedFrom = summary.lastOutcomeRevisionOn.addDays(kOutcomeRevisitDays + 1);
    if (!summary.isClosed() && summary.earliestRiskReviewOn.isValid())
        times.riskReviewOverdueFrom = summary.earliestRiskReviewOn.addDays(1);
    return times;
}

} // namespace alongside::core
