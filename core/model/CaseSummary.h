#pragma once

#include "model/Answers.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace alongside::core {

// One row of a caseload: enough to recognise the case, decide what to open next, and work
// out (rules/CaseloadFlags.h) what Making Safeguarding Personal expects but is missing.
// Filled by one query over the whole caseload, not by loading every case.
struct CaseSummary {
    qint64 caseId = 0;
    QString reference;
    QString personName; // the name the person likes to be called, else given + family name
    QString stage;      // where the work is (concern, enquiry, closed…)
    QDate concernReceivedOn;
    QTime concernReceivedTime; // null when only the day is known
    QDate closedOn;            // null while the case is open
    qint64 noteCount = 0;

    // Facts the caseload flags are made from.
    QString mspAsked; // SAC SG4a label, empty if not recorded
    int outcomeCount = 0;
    int outcomesWithAchievement = 0;
    QDate lastOutcomeRevisionOn;   // null if no outcome yet
    QDateTime firstConversationAt; // null if nobody has spoken with the person yet
    bool everSeenAlone = false;
    QDate nextActionDue;                  // earliest outstanding action, null if none
    std::optional<FeelsSafer> feelsSafer; // set once closed
    // Legal literacy (issue 4).
    bool enquiryDecided = false;      // a s.42 or other enquiry has been decided on
    bool advocacyChecked = false;     // an advocacy check has been recorded
    int capacityDoubtsUnassessed = 0; // doubts about capacity with no concluded assessment
    QDate earliestRiskReviewOn;       // the soonest review date of its risk enablement notes
    // Reflective supervision (issue 6): the earliest action agreed there and not yet done.
    QDate nextSupervisionActionDue;
    QString nextSupervisionAction; // "what (owner)", empty if none
    // Parts of the case ("closing", "notes"…) with typed text put aside as a draft (issue 11).
    QStringList draftParts;
    // Whose case it is, in a team store (issue 14): nothing for a case started in this store;
    // else the colleague whose store it came from, as this store trusted their keys (empty if
    // that store's keys are not trusted here).
    std::optional<QString> heldBy;

    bool isClosed() const { return closedOn.isValid(); }
    // Days from the concern to `today` (or to closure). Pure: "today" is passed in.
    int daysOpen(const QDate& today) const;
};

} // namespace alongside::core
