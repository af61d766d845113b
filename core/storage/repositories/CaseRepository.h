#pragma once

#include "model/CaseRecord.h"
#include "model/LetterWordingOf.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace alongside::core {

// One entry of a case's append-only history: who changed what, when, from what to what.
struct HistoryEntry {
    QString record; // "person", "concern", "outcome", "note"…
    qint64 recordId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString changedBy;
    QDateTime changedAt;
};

// Why a change to the case record was refused. Plain sentences for practitioners.
struct CaseWriteResult {
    qint64 id = 0; // the new row's id, where the call adds one; else the row changed
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

// Reads and writes the case journey. Every write runs in one transaction and appends what it
// changed to the record history (who = the practitioner given at construction; when = the
// injected clock). Notes are never silently rewritten: a note may be corrected on the day it
// was written; after that, corrections are addenda.
class CaseRepository {
public:
    using Clock = std::function<QDateTime()>;
    CaseRepository(QSqlDatabase db, QString practitioner, Clock clock = &QDateTime::currentDateTime);

    // Writes a whole case (person, concern, s.42 decision, outcomes with every revision and
    // achievement, conversations with the person's words, plan, notes, closure) in one
    // transaction: all or nothing. Used by the new-case screen and by import.
    // Ids inside `record` are only references within it: an action's outcomeId and a note's
    // addendumTo name the `id` of an outcome or note of the same record; every row gets a new
    // id. An empty reference is given one ("AL-00042"). Conversations and notes that do not
    // say who wrote them, or when, get the practitioner and the clock's time.
    CaseWriteResult createCase(const CaseRecord& record);
    // Several cases in one transaction (import): all are written or none. `id` is the last.
    // `sameChange`, if given, runs inside that transaction after the cases are written (opening
    // a bundle records the bundle with its cases); it throws WriteRefused to abandon them all.
    CaseWriteResult createCases(const std::vector<CaseRecord>& records,
                                const std::function<void()>& sameChange = {});
    std::optional<CaseRecord> load(qint64 caseId) const;
    std::optional<qint64> findByReference(const QString& reference) const;
    std::vector<qint64> allCaseIds() const;
    // The connection it reads and writes through (for a whole case's rows, WholeCaseRows.h).
    const QSqlDatabase& database() const { return m_db; }

    CaseWriteResult updatePerson(qint64 caseId, const Person& person);
    CaseWriteResult recordConcern(qint64 caseId, const Concern& concern);
    CaseWriteResult recordSection42(qint64 caseId, const Section42Decision& decision);
    CaseWriteResult setMspAsked(qint64 caseId, const QString& sacLabel);

    CaseWriteResult addConversation(qint64 caseId, const Conversation& conversation);
    CaseWriteResult addOutcome(qint64 caseId, OutcomeVoice voice, const OutcomeRevision& first);
    // Keeps the earlier wording: revisions are added, never overwritten; a revision may not
    // be dated before the wording it revises. The result's id is the outcome's.
    CaseWriteResult reviseOutcome(qint64 outcomeId, const OutcomeRevision& revision);
    CaseWriteResult recordAchievement(qint64 outcomeId, const OutcomeAchievement& achievement);

    CaseWriteResult addAction(qint64 caseId, const PlanAction& action);
    CaseWriteResult completeAction(qint64 actionId, const QDate& doneOn);
    // Ends an open action: done (why optional: how it went) or no longer needed (why required).
    // Refused for an action already ended; the history keeps it as it was.
    CaseWriteResult endAction(qint64 actionId, const ActionEnd& end);

    CaseWriteResult addNote(qint64 caseId, const QString& body);
    // Allowed only on the day the note was written (by the clock); otherwise refused with a
    // message that says to add an addendum.
    CaseWriteResult correctNote(qint64 noteId, const QString& body);
    // A saved conversation is put right as a note is: its notes may be corrected on the day it
    // was written up (the earlier words stay in the history), and addenda added at any time.
    CaseWriteResult correctConversation(qint64 conversationId, const QString& notes);
    CaseWriteResult addConversationAddendum(qint64 conversationId, const QString& body);
    // An addendum to an addendum is linked to the original note, so it reads with it.
    CaseWriteResult addAddendum(qint64 noteId, const QString& body);

    // Closing with the person's view of each outcome: the achievements and the closure are
    // written together, so a refused closure leaves no half-closed case behind.
    struct AchievementOf {
        qint64 outcomeId = 0;
        OutcomeAchievement achievement;
    };
    CaseWriteResult close(qint64 caseId, const Closure& closure,
                          const std::vector<AchievementOf>& achievements = {});

    // The wording the easy-read letter uses for one record, kept beside it (see
    // LetterWordingOf for what `rowId` names). Empty clears it. Refused when the record is not
    // there (an achievement or closure not yet recorded).
    CaseWriteResult setLetterWording(LetterWordingOf of, qint64 rowId, const QString& wording);

    std::vector<HistoryEntry> history(qint64 caseId) const;

private:
    QSqlDatabase m_db;
    QString m_practitioner;
    Clock m_clock;
};

} // namespace alongside::core
