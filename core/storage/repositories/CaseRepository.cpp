#include "storage/repositories/CaseRepository.h"

#include "storage/dialect/SqlDialect.h"
#include "storage/repositories/CaseRecordReader.h"
#include "storage/repositories/CaseRecordWriter.h"
#include "storage/repositories/CaseValidation.h"
#include "storage/repositories/RecordHistory.h"
#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/StoredValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace alongside::core {

namespace {

// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct CaseRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::CaseRepository)
};

WriteRefused refused(const QString& message)
{
    return WriteRefused{message};
}

void require(const QString& failure)
{
    if (!failure.isEmpty())
        throw refused(failure);
}

// One change: one transaction, one history writer (same who and when for all it appends).
template <typename Change>
CaseWriteResult inOneTransaction(const QSqlDatabase& db, const QString& practitioner, const QDateTime& at,
                                 Change&& change)
{
    try {
        WriteTransaction transaction(db);
        RecordHistory history(db, practitioner, at);
        CaseRecordWriter writer(db, history);
        const qint64 id = change(writer);
        transaction.commit();
        return {id, {}};
    } catch (const WriteRefused& refusal) {
        return {0, refusal.message};
    }
}

CaseRecord storedCase(const QSqlDatabase& db, qint64 caseId)
{
    std::optional<CaseRecord> record = CaseRecordReader(db).load(caseId);
    if (!record)
        throw refused(CaseRepositoryText::tr("There is no case %1 in this store.").arg(caseId));
    return std::move(*record);
}

// The case a row of `table` belongs to.
qint64 caseOf(const QSqlDatabase& db, const QString& table, qint64 rowId, const char* missing)
{
    const QVariant caseId = selectValue(db, QStringLiteral("SELECT case_id FROM %1 WHERE id = ?").arg(table),
                                        {rowId});
    if (!caseId.isValid())
        throw refused(CaseRepositoryText::tr(missing).arg(rowId));
    return caseId.toLongLong();
}

std::size_t outcomeIndex(const CaseRecord& record, qint64 outcomeId)
{
    for (std::size_t i = 0; i < record.outcomes.size(); ++i) {
        if (record.outcomes[i].id == outcomeId)
            return i;
    }
    throw refused(CaseRepositoryText::tr("There is no outcome %1 in this case.").arg(outcomeId));
}

} // namespace

CaseRepository::CaseRepository(QSqlDatabase db, QString practitioner, Clock clock)
    : m_db(std::move(db)), m_practitioner(std::move(practitioner)), m_clock(std::move(clock))
{}

CaseWriteResult CaseRepository::createCase(const CaseRecord& record)
{
    return createCases({record});
}

CaseWriteResult CaseRepository::createCases(const std::vector<CaseRecord>& records,
                                            const std::function<void()>& sameChange)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        qint64 lastId = 0;
        for (const CaseRecord& record : records) {
            require(checkCaseRecord(record));
            QString reference = record.reference.trimmed();
            if (reference.isEmpty()) {
                // Rows are numbered max + 1, so this is the id the case is about to get.
                const qint64 next =
                    selectValue(m_db,
                                QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM safeguarding_case"), {})
                        .toLongLong();
                reference = QStringLiteral("AL-%1").arg(next, 5, 10, QLatin1Char('0'));
            }
            if (findByReference(reference))
                throw refused(CaseRepositoryText::tr("Case reference: “%1” is already used by another case.")
                                  .arg(reference));
            lastId = writer.insertCase(record, reference);
        }
        if (sameChange)
            sameChange();
        return lastId;
    });
}

std::optional<CaseRecord> CaseRepository::load(qint64 caseId) const
{
    return CaseRecordReader(m_db).load(caseId);
}

std::optional<qint64> CaseRepository::findByReference(const QString& reference) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(dialect::streamsRows(m_db));
    query.prepare(QStringLiteral("SELECT id FROM safeguarding_case WHERE reference = ?"));
    query.addBindValue(reference);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::vector<qint64> CaseRepository::allCaseIds() const
{
    std::vector<qint64> ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(dialect::streamsRows(m_db));
    if (query.exec(QStringLiteral("SELECT id FROM safeguarding_case ORDER BY id"))) {
        while (query.next())
            ids.push_back(query.value(0).toLongLong());
    }
    return ids;
}

CaseWriteResult CaseRepository::updatePerson(qint64 caseId, const Person& person)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        require(checkPerson(person));
        const CaseRecord record = storedCase(m_db, caseId);
        writer.writePerson(caseId, record.person.id, record.person, person);
        return record.person.id;
    });
}

CaseWriteResult CaseRepository::recordConcern(qint64 caseId, const Concern& concern)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        require(checkConcern(concern));
        CaseRecord record = storedCase(m_db, caseId);
        const Concern before = record.concern;
        record.concern = concern;
        require(checkCaseParts(record)); // nothing already recorded may now predate the concern
        writer.writeConcern(caseId, before, concern);
        return caseId;
    });
}

CaseWriteResult CaseRepository::recordSection42(qint64 caseId, const Section42Decision& decision)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        CaseRecord record = storedCase(m_db, caseId);
        // SAC SG1 counts enquiries by the day they began: a decision recorded without its day
        // keeps the day it was first recorded, or takes today's when the decision changes.
        Section42Decision dated = decision;
        if (dated.decidedOn.isNull()) {
            const bool same = record.section42 && record.section42->decision == decision.decision;
            dated.decidedOn = same ? record.section42->decidedOn : m_clock().date();
        }
        if (dated.decidedBy.trimmed().isEmpty())
            dated.decidedBy = record.section42 && record.section42->decision == decision.decision
                ? record.section42->decidedBy
                : m_practitioner;
        require(checkSection42(dated, record.concern.receivedOn));
        writer.writeSection42(caseId, record.section42, dated);
        writer.refreshStage(caseId);
        return caseId;
    });
}

CaseWriteResult CaseRepository::setMspAsked(qint64 caseId, const QString& sacLabel)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        require(checkMspAsked(sacLabel));
        const CaseRecord record = storedCase(m_db, caseId);
        writer.writeMspAsked(caseId, record.mspAsked, sacLabel);
        return caseId;
    });
}

CaseWriteResult CaseRepository::addConversation(qint64 caseId, const Conversation& conversation)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        const CaseRecord record = storedCase(m_db, caseId);
        require(checkConversation(conversation, nth("Conversation", record.conversations.size())));
        return writer.insertConversation(caseId, conversation);
    });
}

CaseWriteResult CaseRepository::addOutcome(qint64 caseId, OutcomeVoice voice, const OutcomeRevision& first)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        const CaseRecord record = storedCase(m_db, caseId);
        const QString where = nth("Outcome", record.outcomes.size());
        require(checkRevision(first, record.concern.receivedOn, {}, where));
        const qint64 outcomeId = writer.insertOutcome(caseId, voice);
        writer.insertRevision(caseId, outcomeId, nullptr, first);
        return outcomeId;
    });
}

CaseWriteResult CaseRepository::reviseOutcome(qint64 outcomeId, const OutcomeRevision& revision)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        const qint64 caseId = caseOf(m_db, QStringLiteral("desired_outcome"), outcomeId,
                                     "There is no outcome %1 in this store.");
        const CaseRecord record = storedCase(m_db, caseId);
        const std::size_t index = outcomeIndex(record, outcomeId);
        const DesiredOutcome& outcome = record.outcomes[index];
        const QString where = nth("Outcome", index) + CaseRepositoryText::tr(", ")
            + nth("wording", outcome.revisions.size());
        require(checkRevision(revision, record.concern.receivedOn, outcome.lastRevisitedOn(), where));
        writer.insertRevision(caseId, outcomeId, outcome.current(), revision);
        return outcomeId;
    });
}

CaseWriteResult CaseRepository::recordAchievement(qint64 outcomeId, const OutcomeAchievement& achievement)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        const qint64 caseId = caseOf(m_db, QStringLiteral("desired_outcome"), outcomeId,
                                     "There is no outcome %1 in this store.");
        const CaseRecord record = storedCase(m_db, caseId);
        const std::size_t index = outcomeIndex(record, outcomeId);
        require(checkAchievement(achievement, record.concern.receivedOn, nth("Outcome", index)));
        writer.writeAchievement(caseId, outcomeId, record.outcomes[index].achievement, achievement);
        return outcomeId;
    });
}

CaseWriteResult CaseRepository::addAction(qint64 caseId, const PlanAction& action)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        const CaseRecord record = storedCase(m_db, caseId);
        const QString where = nth("Action", record.actions.size());
        require(checkAction(action, where));
        if (action.outcomeId != 0)
            outcomeIndex(record, action.outcomeId); // refuses an outcome of another case
        return writer.insertAction(caseId, action);
    });
}

CaseWriteResult CaseRepository::completeAction(qint64 actionId, const QDate& doneOn)
{
    return endAction(actionId, ActionEnd{ActionEnd::Kind::Done, doneOn, {}});
}

CaseWriteResult CaseRepository::endAction(qint64 actionId, const ActionEnd& end)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        const bool done = end.kind == ActionEnd::Kind::Done;
        if (!end.on.isValid())
            throw refused(
                done ? CaseRepositoryText::tr("Action, done on: the date is missing or not a real date.")
                     : CaseRepositoryText::tr(
                         "Action, no longer needed on: the date is missing or not a real date."));
        if (!done && end.why.trimmed().isEmpty())
            throw refused(CaseRepositoryText::tr("Action, why: say why it is no longer needed."));
        const qint64 caseId = caseOf(m_db, QStringLiteral("plan_action"), actionId,
                                     "There is no action %1 in this store.");
        for (const PlanAction& action : storedCase(m_db, caseId).actions) {
            if (action.id != actionId)
                continue;
            if (!action.isOpen())
                throw refused(CaseRepositoryText::tr("Action: “%1” has already ended; it is kept as it was.")
                                  .arg(action.what));
            writer.endAction(caseId, action, ActionEnd{end.kind, end.on, end.why.trimmed()});
        }
        return actionId;
    });
}

CaseWriteResult CaseRepository::addNote(qint64 caseId, const QString& body)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](CaseRecordWriter& writer) {
        require(checkNoteBody(body, CaseRepositoryText::tr("Note")));
        if (!selectValue(m_db, QStringLiteral("SELECT id FROM safeguarding_case WHERE id = ?"), {caseId})
                 .isValid())
            throw refused(CaseRepositoryText::tr("There is no case %1 in this store.").arg(caseId));
        return writer.insertNote(caseId, CaseNote{0, now, m_practitioner, body, 0});
    });
}

CaseWriteResult CaseRepository::correctNote(qint64 noteId, const QString& body)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](CaseRecordWriter& writer) {
        require(checkNoteBody(body, CaseRepositoryText::tr("Note")));
        const qint64 caseId = caseOf(m_db, QStringLiteral("case_note"), noteId,
                                     "There is no note %1 in this store.");
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT written_at, body FROM case_note WHERE id = ?"));
        query.addBindValue(noteId);
        if (!query.exec() || !query.next())
            throw refused(CaseRepositoryText::tr("There is no note %1 in this store.").arg(noteId));
        const QDateTime writtenAt = stored::toMoment(query.value(0));
        const QString before = query.value(1).toString();
        query.finish();
        // Record integrity: after the day it was written, a note stays as it was read.
        if (writtenAt.date() != now.date())
            throw refused(
                CaseRepositoryText::tr(
                    "This note was written on %1 and can only be corrected on the day it was written. "
                    "Add an addendum to it instead.")
                    .arg(QLocale().toString(writtenAt.date(), QLocale::LongFormat)));
        if (before != body)
            writer.correctNote(caseId, noteId, before, body);
        return noteId;
    });
}

CaseWriteResult CaseRepository::correctConversation(qint64 conversationId, const QString& notes)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](CaseRecordWriter& writer) {
        const qint64 caseId = caseOf(m_db, QStringLiteral("conversation"), conversationId,
                                     "There is no conversation %1 in this store.");
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT written_at, notes FROM conversation WHERE id = ?"));
        query.addBindValue(conversationId);
        if (!query.exec() || !query.next())
            throw refused(
                CaseRepositoryText::tr("There is no conversation %1 in this store.").arg(conversationId));
        const QDateTime writtenAt = stored::toMoment(query.value(0));
        const QString before = query.value(1).toString();
        query.finish();
        // Record integrity, as for notes: after the day it was written up, it stays as it was read.
        if (writtenAt.date() != now.date())
            throw refused(
                CaseRepositoryText::tr("This conversation was written up on %1 and can only be corrected "
                                       "on that day. Add an addendum to it instead.")
                    .arg(QLocale().toString(writtenAt.date(), QLocale::LongFormat)));
        if (before != notes)
            writer.correctConversationNotes(caseId, conversationId, before, notes);
        return conversationId;
    });
}

CaseWriteResult CaseRepository::addConversationAddendum(qint64 conversationId, const QString& body)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](CaseRecordWriter& writer) {
        require(checkNoteBody(body, CaseRepositoryText::tr("Addendum")));
        const qint64 caseId = caseOf(m_db, QStringLiteral("conversation"), conversationId,
                                     "There is no conversation %1 in this store.");
        return writer.insertNote(caseId, CaseNote{0, now, m_practitioner, body, 0, conversationId});
    });
}

CaseWriteResult CaseRepository::addAddendum(qint64 noteId, const QString& body)
{
    const QDateTime now = m_clock();
    return inOneTransaction(m_db, m_practitioner, now, [&](CaseRecordWriter& writer) {
        require(checkNoteBody(body, CaseRepositoryText::tr("Addendum")));
        const qint64 caseId = caseOf(m_db, QStringLiteral("case_note"), noteId,
                                     "There is no note %1 in this store.");
        // An addendum to an addendum belongs to the same original note, so it reads in order.
        const qint64 original =
            selectValue(m_db, QStringLiteral("SELECT coalesce(addendum_to, id) FROM case_note WHERE id = ?"),
                        {noteId})
                .toLongLong();
        return writer.insertNote(caseId, CaseNote{0, now, m_practitioner, body, original});
    });
}

CaseWriteResult CaseRepository::close(qint64 caseId, const Closure& closure,
                                      const std::vector<AchievementOf>& achievements)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        const CaseRecord record = storedCase(m_db, caseId);
        require(checkClosure(closure, record.concern.receivedOn));
        for (const AchievementOf& entry : achievements) {
            const std::size_t index = outcomeIndex(record, entry.outcomeId); // refuses another case's outcome
            require(checkAchievement(entry.achievement, record.concern.receivedOn, nth("Outcome", index)));
            writer.writeAchievement(caseId, entry.outcomeId, record.outcomes[index].achievement,
                                    entry.achievement);
        }
        writer.writeClosure(caseId, record.closure, closure);
        writer.refreshStage(caseId);
        return caseId;
    });
}

CaseWriteResult CaseRepository::setLetterWording(LetterWordingOf of, qint64 rowId, const QString& wording)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](CaseRecordWriter& writer) {
        const bool ofOutcome = of == LetterWordingOf::Outcome || of == LetterWordingOf::Achievement;
        const qint64 caseId = of == LetterWordingOf::Closure ? rowId
            : ofOutcome
            ? caseOf(m_db, QStringLiteral("desired_outcome"), rowId, "There is no outcome %1 in this store.")
            : caseOf(m_db, QStringLiteral("plan_action"), rowId, "There is no action %1 in this store.");
        const CaseRecord record = storedCase(m_db, caseId);
        QString before;
        switch (of) {
        case LetterWordingOf::Outcome:
            before = record.outcomes[outcomeIndex(record, rowId)].letterWording;
            break;
        case LetterWordingOf::Achievement: {
            const DesiredOutcome& outcome = record.outcomes[outcomeIndex(record, rowId)];
            if (!outcome.achievement)
                throw refused(
                    CaseRepositoryText::tr("Whether this outcome was achieved is not recorded yet, so "
                                           "there is no reason to put into the letter's words."));
            before = outcome.achievement->letterWhy;
            break;
        }
        case LetterWordingOf::Action:
            for (const PlanAction& action : record.actions) {
                if (action.id == rowId)
                    before = action.letterWording;
            }
            break;
        case LetterWordingOf::Closure:
            if (!record.closure)
                throw refused(
                    CaseRepositoryText::tr("This case is not closed, so there is no closing to put into "
                                           "the letter's words."));
            before = record.closure->letterNext;
            break;
        }
        writer.writeLetterWording(caseId, of, rowId, before, wording);
        return rowId;
    });
}

std::vector<HistoryEntry> CaseRepository::history(qint64 caseId) const
{
    return RecordHistory::read(m_db, caseId);
}

} // namespace alongside::core
