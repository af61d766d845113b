#pragma once

#include "model/CaseRecord.h"
#include "model/LetterWordingOf.h"
#include "storage/repositories/RecordHistory.h"

#include <QSqlDatabase>

#include <optional>

namespace alongside::core {

// Writes the parts of a case and appends each change to the record history. Runs inside the
// caller's transaction and throws WriteRefused when SQLite refuses, so the caller's
// transaction rolls the whole change back. Validation is the caller's (CaseValidation.h).
class CaseRecordWriter {
public:
    CaseRecordWriter(QSqlDatabase db, RecordHistory& history);

    // The whole record. Outcome and note ids in `record` are only references within it (an
    // action's outcome, an addendum's note); the rows get new ids. Returns the case id.
    // Conversations and notes that do not say who wrote them, or when, are this change's
    // (the history's practitioner and moment) — as for insertConversation and insertNote.
    qint64 insertCase(const CaseRecord& record, const QString& reference);

    void writePerson(qint64 caseId, qint64 personId, const Person& before, const Person& after);
    void writeConcern(qint64 caseId, const std::optional<Concern>& before, const Concern& after);
    void writeSection42(qint64 caseId, const std::optional<Section42Decision>& before,
                        const Section42Decision& after);
    void writeMspAsked(qint64 caseId, const QString& before, const QString& after);
    qint64 insertOutcome(qint64 caseId, OutcomeVoice voice);
    qint64 insertRevision(qint64 caseId, qint64 outcomeId, const OutcomeRevision* before,
                          const OutcomeRevision& after);
    void writeAchievement(qint64 caseId, qint64 outcomeId, const std::optional<OutcomeAchievement>& before,
                          const OutcomeAchievement& after);
    qint64 insertConversation(qint64 caseId, const Conversation& conversation);
    qint64 insertAction(qint64 caseId, const PlanAction& action);
    // Ends an open action, done or no longer needed, keeping why; the history keeps both states.
    void endAction(qint64 caseId, const PlanAction& before, const ActionEnd& end);
    qint64 insertNote(qint64 caseId, const CaseNote& note);
    void correctNote(qint64 caseId, qint64 noteId, const QString& before, const QString& after);
    void correctConversationNotes(qint64 caseId, qint64 conversationId, const QString& before,
                                  const QString& after);
    void writeClosure(qint64 caseId, const std::optional<Closure>& before, const Closure& after);
    // The wording the easy-read letter uses for one record (CaseRecordLetterWording.cpp).
    // `rowId` is the outcome's for Outcome and Achievement, the action's, or the case's.
    void writeLetterWording(qint64 caseId, LetterWordingOf of, qint64 rowId, const QString& before,
                            const QString& after);

    // Brings safeguarding_case.stage into step with the s.42 decision and closure now stored.
    void refreshStage(qint64 caseId);

private:
    qint64 insertPersonRow(const Person& person);
    void insertPersonsPeople(qint64 personId, const Person& person);
    void insertConcernRows(qint64 caseId, const Concern& concern);
    // One row per SAC label, in the order given (a concern's types, locations or sources of risk).
    void insertLabels(qint64 caseId, const QString& table, const QString& column, const QStringList& labels);

    QSqlDatabase m_db;
    RecordHistory& m_history;
};

} // namespace alongside::core
