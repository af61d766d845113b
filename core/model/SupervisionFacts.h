#pragma once

#include <QDate>
#include <QString>

namespace alongside::core {

// What supervision needs to know about a case beyond the caseload row: decisions taken
// against the person's wishes, and actions agreed in supervision still to do. One per case
// that has any; read in one pass (SupervisionRepository::caseFacts).
struct SupervisionFacts {
    qint64 caseId = 0;
    int wishesOverridden = 0;       // wishes_override rows (CSSG ch.14; docs/checks.md, "wishes")
    QDate lastOverrideOn;           // the latest of them
    int overridesNotSignedOff = 0;  // of those, how many have no manager sign-off yet
    int openSupervisionActions = 0; // agreed in supervision, not yet done
    QDate nextSupervisionActionDue; // the earliest due date among them (null if none dated)
    QString nextSupervisionAction;  // what it is
    QString nextSupervisionActionOwner;
};

// A decision a manager may sign off, with its latest sign-off (id 0 if none yet).
struct SignOffCandidate {
    qint64 caseId = 0;
    int subject = 0; // SignOffSubject, as int to keep this header light
    qint64 subjectId = 0;
    QDate decidedOn;
    QString description; // the activity, or the first words of the override record
};

} // namespace alongside::core
