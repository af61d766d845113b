#pragma once

#include "model/ManagerSignOff.h"
#include "model/ReflectiveNote.h"
#include "model/SupervisionAction.h"
#include "model/SupervisionFacts.h"
#include "model/SupervisionSession.h"
#include "storage/repositories/CaseRepository.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace alongside::core {

// Reflective supervision in the store: sessions, a note per case talked about, the actions
// agreed, and managers' sign-off of risk-enablement and wishes-override decisions. Like
// CaseRepository, every write is one transaction and appends what it changed to the case's
// record history (who = the practitioner given here; when = the injected clock). Sign-offs
// are never edited or removed: signing the same decision again adds a sign-off that
// supersedes the last one.
class SupervisionRepository {
public:
    using Clock = CaseRepository::Clock;
    SupervisionRepository(QSqlDatabase db, QString practitioner, Clock clock = &QDateTime::currentDateTime);

    CaseWriteResult startSession(const SupervisionSession& session);
    std::optional<SupervisionSession> session(qint64 sessionId) const;
    std::vector<SupervisionSession> sessions() const; // the latest first

    // The note for (note.sessionId, note.caseId): written the first time, its answers
    // replaced after that (each change in the history). Its actions with id 0 are added;
    // actions already stored are left as they are. The result's id is the note's.
    CaseWriteResult saveNote(const ReflectiveNote& note);
    std::optional<ReflectiveNote> note(qint64 sessionId, qint64 caseId) const;
    std::vector<ReflectiveNote> notesFor(qint64 caseId) const; // oldest first, with their actions

    CaseWriteResult addAction(const SupervisionAction& action);
    CaseWriteResult completeAction(qint64 actionId, const QDate& doneOn);
    std::vector<SupervisionAction> actionsFor(qint64 caseId) const; // outstanding first, by due date

    // Refused without a name, a role and a date (not in the future), or when the decision is
    // not one of this case's. The latest sign-off of the same decision, if any, is superseded.
    CaseWriteResult signOff(const ManagerSignOff& signOff);
    std::vector<ManagerSignOff> signOffsFor(qint64 caseId) const; // oldest first
    std::optional<ManagerSignOff> currentSignOff(SignOffSubject subject, qint64 subjectId) const;
    // The case's risk-enablement and wishes-override decisions, oldest first.
    std::vector<SignOffCandidate> decisionsFor(qint64 caseId) const;

    // Per case, what supervision needs beyond the caseload row (only cases with something).
    std::vector<SupervisionFacts> caseFacts() const;

private:
    bool hasTable(const QString& table) const;

    QSqlDatabase m_db;
    QString m_practitioner;
    Clock m_clock;
};

} // namespace alongside::core
