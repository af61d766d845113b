#pragma once

#include "model/CaseSummary.h"

#include <QDate>
#include <QString>

#include <vector>

namespace alongside::core {

// What Making Safeguarding Personal expects but a case does not show yet. Gentle prompts for
// the practitioner and for supervision, never a compliance score.
enum class CaseFlagKind {
    OutcomesNotAsked,         // nobody has recorded asking the person what they want
    NotSeenAlone,             // no conversation with the person on their own
    NoConversationIn24Hours,  // first conversation later than 24 hours after the concern (or none yet, and it
                              // is past that)
    OutcomesNotRevisited,     // outcomes not revisited in 4 weeks while the case is open
    ClosedWithoutPersonsView, // closed without asking if they feel safer or how far outcomes were met
    AdvocacyNotChecked,       // an enquiry is under way and nobody has checked whether they need an advocate
    CapacityDoubtedNotAssessed, // a doubt about capacity has no concluded assessment
    RiskReviewOverdue,          // a risk enablement note's review date has passed
};

struct CaseFlag {
    CaseFlagKind kind;
    QString text; // one short, plain sentence
};

constexpr int kOutcomeRevisitDays = 28;

// Pure: the caseload row's facts and "now" go in, flags come out.
std::vector<CaseFlag> caseloadFlags(const CaseSummary& summary, const QDateTime& now);

// "Spoken to within 24 hours of the concern": the deadline (the same time on the next day,
// on the wall clock), and whether it was met. When only the day of the concern is known, the
// 24 hours run from the end of that day.
QDateTime firstContactDeadline(const QDate& concernReceivedOn, const QTime& concernReceivedTime);
bool spokenToWithin24Hours(const CaseSummary& summary);

QString flagText(CaseFlagKind kind);

// When each flag is raised, with the case's facts as they stand: some hold whatever the time
// (`always`), three start at a moment on the wall clock and stay raised until the facts change
// (the 24 hours run out, four weeks pass since the outcomes were revisited, a risk review date
// passes). The caseload stores these moments with each case so that "something missing" can be
// answered by comparing them with now, without reading every case (issue 14). Pure.
struct CaseFlagTimes {
    int always = 0;
    // Each the first wall-clock moment (date and time) at which that flag is raised; a null
    // date when it never will be with these facts.
    QDate noContactFromDate;
    QTime noContactFromTime;
    QDate notRevisitedFrom;      // from the start of this day
    QDate riskReviewOverdueFrom; // from the start of this day

    // How many flags caseloadFlags(summary, now) raises at `now`.
    int countAt(const QDateTime& now) const;
};
CaseFlagTimes caseloadFlagTimes(const CaseSummary& summary);

} // namespace alongside::core
