#include "storage/repositories/SupervisionRepository.h"

#include "storage/repositories/StoredValues.h"
#include "storage/repositories/SupervisionWrite.h"

#include <QSqlQuery>

#include <map>

namespace alongside::core {

using supervision::require;

namespace {

RecordFields fieldsOf(const SupervisionAction& action)
{
    return {{QStringLiteral("what"), action.what},
            {QStringLiteral("owner"), action.owner},
            {QStringLiteral("due on"), stored::shown(action.dueOn)},
            {QStringLiteral("done on"), stored::shown(action.doneOn)}};
}

RecordFields fieldsOf(const ReflectiveNote& note)
{
    RecordFields fields{{QStringLiteral("supervision"), QString::number(note.sessionId)}};
    for (const auto& [prompt, answer] : note.answers)
        fields.emplace_back(codeOf(kReflectivePromptCodes, prompt), answer);
    return fields;
}

qint64 insertAction(const QSqlDatabase& db, RecordHistory& history, const SupervisionAction& action,
                    qint64 noteId)
{
    require(!action.what.trimmed().isEmpty(), "An agreed action needs a few words to say what it is.");
    require(!action.owner.trimmed().isEmpty(), "An agreed action needs someone to own it.");
    const qint64 id = insertRow(
        db,
        QStringLiteral(
            "INSERT INTO supervision_action (case_id, note_id, what, owner, due_on, done_on, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {action.caseId, noteId == 0 ? QVariant() : QVariant(noteId), action.what.trimmed(),
         action.owner.trimmed(), stored::date(action.dueOn), stored::date(action.doneOn), history.at()});
    history.recordChanges(action.caseId, QStringLiteral("supervision action"), id, {}, fieldsOf(action));
    return id;
}

void requireCase(const QSqlDatabase& db, qint64 caseId)
{
    require(
        selectValue(db, QStringLiteral("SELECT 1 FROM safeguarding_case WHERE id = ?"), {caseId}).isValid(),
        "There is no such case in this store.");
}

SupervisionAction actionFrom(const QSqlQuery& query)
{
    SupervisionAction action;
    action.id = query.value(0).toLongLong();
    action.caseId = query.value(1).toLongLong();
    action.noteId = query.value(2).toLongLong();
    action.what = query.value(3).toString();
    action.owner = query.value(4).toString();
    action.dueOn = stored::toDate(query.value(5));
    action.doneOn = stored::toDate(query.value(6));
    action.agreedOn = stored::toDate(query.value(7));
    return action;
}

const QString kActionColumns = QStringLiteral(
    "a.id, a.case_id, a.note_id, a.what, a.owner, a.due_on, a.done_on,"
    " coalesce(s.held_on, substr(a.created_at, 1, 10))"
    " FROM supervision_action a LEFT JOIN reflective_note n ON n.id = a.note_id"
    " LEFT JOIN supervision_session s ON s.id = n.session_id");

} // namespace

SupervisionRepository::SupervisionRepository(QSqlDatabase db, QString practitioner, Clock clock)
    : m_db(std::move(db)), m_practitioner(std::move(practitioner)), m_clock(std::move(clock))
{}

CaseWriteResult SupervisionRepository::startSession(const SupervisionSession& session)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](RecordHistory& history) {
        require(session.heldOn.isValid(), "A supervision needs the day it was held.");
        require(!session.practitioner.trimmed().isEmpty(), "Say whose cases were talked about.");
        require(!session.teamLeader.trimmed().isEmpty(), "Say who supervised.");
        const qint64 id = insertRow(m_db,
                                    QStringLiteral("INSERT INTO supervision_session (held_on, practitioner,"
                                                   " team_leader, created_at) VALUES (?, ?, ?, ?)"),
                                    {stored::date(session.heldOn), session.practitioner.trimmed(),
                                     session.teamLeader.trimmed(), history.at()});
        // Not about one case: kept in the history with no case.
        history.recordChanges(0, QStringLiteral("supervision"), id, {},
                              {{QStringLiteral("held on"), stored::shown(session.heldOn)},
                               {QStringLiteral("practitioner"), session.practitioner.trimmed()},
                               {QStringLiteral("team leader"), session.teamLeader.trimmed()}});
        return id;
    });
}

std::optional<SupervisionSession> SupervisionRepository::session(qint64 sessionId) const
{
    for (const SupervisionSession& held : sessions()) {
        if (held.id == sessionId)
            return held;
    }
    return std::nullopt;
}

std::vector<SupervisionSession> SupervisionRepository::sessions() const
{
    std::vector<SupervisionSession> found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, held_on, practitioner, team_leader FROM supervision_session"
                              " ORDER BY held_on DESC, id DESC"));
    while (query.next())
        found.push_back({query.value(0).toLongLong(), stored::toDate(query.value(1)),
                         query.value(2).toString(), query.value(3).toString()});
    return found;
}

CaseWriteResult SupervisionRepository::saveNote(const ReflectiveNote& note)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](RecordHistory& history) {
        requireCase(m_db, note.caseId);
        require(selectValue(m_db, QStringLiteral("SELECT 1 FROM supervision_session WHERE id = ?"),
                            {note.sessionId})
                    .isValid(),
                "That supervision is not in this store.");
        const std::optional<ReflectiveNote> before = this->note(note.sessionId, note.caseId);
        qint64 noteId = before ? before->id : 0;
        if (!before) {
            noteId = insertRow(m_db,
                               QStringLiteral("INSERT INTO reflective_note (session_id, case_id, written_at,"
                                              " written_by) VALUES (?, ?, ?, ?)"),
                               {note.sessionId, note.caseId, history.at(), m_practitioner});
        } else {
            execute(m_db, QStringLiteral("DELETE FROM reflective_answer WHERE note_id = ?"), {noteId});
        }
        int position = 0;
        ReflectiveNote kept = note;
        kept.answers.clear();
        for (const auto& [prompt, answer] : note.answers) {
            if (answer.trimmed().isEmpty())
                continue; // not talked about this time
            kept.answers.emplace_back(prompt, answer.trimmed());
            execute(m_db,
                    QStringLiteral("INSERT INTO reflective_answer (note_id, prompt, position, answer)"
                                   " VALUES (?, ?, ?, ?)"),
                    {noteId, codeOf(kReflectivePromptCodes, prompt), position++, answer.trimmed()});
        }
        history.recordChanges(note.caseId, QStringLiteral("reflective note"), noteId,
                              before ? fieldsOf(*before) : RecordFields{}, fieldsOf(kept));
        for (SupervisionAction action : note.actions) {
            if (action.id != 0)
                continue;
            action.caseId = note.caseId;
            insertAction(m_db, history, action, noteId);
        }
        return noteId;
    });
}

std::optional<ReflectiveNote> SupervisionRepository::note(qint64 sessionId, qint64 caseId) const
{
    for (ReflectiveNote& written : notesFor(caseId)) {
        if (written.sessionId == sessionId)
            return std::move(written);
    }
    return std::nullopt;
}

std::vector<ReflectiveNote> SupervisionRepository::notesFor(qint64 caseId) const
{
    std::vector<ReflectiveNote> notes;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT n.id, n.session_id, n.written_at, n.written_by FROM reflective_note n"
                       " JOIN supervision_session s ON s.id = n.session_id"
                       " WHERE n.case_id = ? ORDER BY s.held_on, n.id"));
    query.addBindValue(caseId);
    query.exec();
    while (query.next()) {
        ReflectiveNote note;
        note.id = query.value(0).toLongLong();
        note.sessionId = query.value(1).toLongLong();
        note.caseId = caseId;
        note.writtenAt = stored::toMoment(query.value(2));
        note.writtenBy = query.value(3).toString();
        notes.push_back(std::move(note));
    }
    std::map<qint64, ReflectiveNote*> byId;
    for (ReflectiveNote& note : notes)
        byId[note.id] = &note;
    QSqlQuery answers(m_db);
    answers.setForwardOnly(true);
    answers.prepare(QStringLiteral("SELECT r.note_id, r.prompt, r.answer FROM reflective_answer r"
                                   " JOIN reflective_note n ON n.id = r.note_id WHERE n.case_id = ?"
                                   " ORDER BY r.note_id, r.position"));
    answers.addBindValue(caseId);
    answers.exec();
    while (answers.next()) {
        const auto prompt = valueOf(kReflectivePromptCodes, answers.value(1).toString());
        const auto owner = byId.find(answers.value(0).toLongLong());
        if (prompt && owner != byId.end())
            owner->second->answers.emplace_back(*prompt, answers.value(2).toString());
    }
    for (const SupervisionAction& action : actionsFor(caseId)) {
        const auto owner = byId.find(action.noteId);
        if (owner != byId.end())
            owner->second->actions.push_back(action);
    }
    return notes;
}

CaseWriteResult SupervisionRepository::addAction(const SupervisionAction& action)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](RecordHistory& history) {
        requireCase(m_db, action.caseId);
        return insertAction(m_db, history, action, action.noteId);
    });
}

CaseWriteResult SupervisionRepository::completeAction(qint64 actionId, const QDate& doneOn)
{
    return inOneTransaction(m_db, m_practitioner, m_clock(), [&](RecordHistory& history) {
        require(doneOn.isValid(), "Say on which day it was done.");
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + kActionColumns + QStringLiteral(" WHERE a.id = ?"));
        query.addBindValue(actionId);
        require(query.exec() && query.next(), "That agreed action is not in this store.");
        const SupervisionAction before = actionFrom(query);
        query.finish();
        SupervisionAction after = before;
        after.doneOn = doneOn;
        execute(m_db, QStringLiteral("UPDATE supervision_action SET done_on = ? WHERE id = ?"),
                {stored::date(doneOn), actionId});
        history.recordChanges(before.caseId, QStringLiteral("supervision action"), actionId, fieldsOf(before),
                              fieldsOf(after));
        return actionId;
    });
}

std::vector<SupervisionAction> SupervisionRepository::actionsFor(qint64 caseId) const
{
    std::vector<SupervisionAction> actions;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kActionColumns
                  + QStringLiteral(" WHERE a.case_id = ?"
                                   " ORDER BY a.done_on IS NOT NULL, a.due_on IS NULL, a.due_on, a.id"));
    query.addBindValue(caseId);
    query.exec();
    while (query.next())
        actions.push_back(actionFrom(query));
    return actions;
}

bool SupervisionRepository::hasTable(const QString& table) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

std::vector<SupervisionFacts> SupervisionRepository::caseFacts() const
{
    std::map<qint64, SupervisionFacts> facts;
    QSqlQuery actions(m_db);
    actions.setForwardOnly(true);
    // Earliest first within each case: the first row seen for a case is its next action.
    actions.exec(QStringLiteral("SELECT case_id, due_on, what, owner FROM supervision_action"
                                " WHERE done_on IS NULL ORDER BY case_id, due_on IS NULL, due_on, id"));
    while (actions.next()) {
        SupervisionFacts& fact = facts[actions.value(0).toLongLong()];
        if (fact.openSupervisionActions++ == 0) {
            fact.nextSupervisionActionDue = stored::toDate(actions.value(1));
            fact.nextSupervisionAction = actions.value(2).toString();
            fact.nextSupervisionActionOwner = actions.value(3).toString();
        }
    }
    if (hasTable(QStringLiteral("wishes_override"))) {
        QSqlQuery overrides(m_db);
        overrides.setForwardOnly(true);
        overrides.exec(QStringLiteral("SELECT w.case_id, count(*), max(w.recorded_on),"
                                      " sum(NOT EXISTS (SELECT 1 FROM manager_signoff s"
                                      "   WHERE s.subject_kind = 'wishes-override' AND s.subject_id = w.id))"
                                      " FROM wishes_override w GROUP BY w.case_id"));
        while (overrides.next()) {
            SupervisionFacts& fact = facts[overrides.value(0).toLongLong()];
            fact.wishesOverridden = overrides.value(1).toInt();
            fact.lastOverrideOn = stored::toDate(overrides.value(2));
            fact.overridesNotSignedOff = overrides.value(3).toInt();
        }
    }
    std::vector<SupervisionFacts> found;
    found.reserve(facts.size());
    for (auto& [caseId, fact] : facts) {
        fact.caseId = caseId;
        found.push_back(std::move(fact));
    }
    return found;
}

} // namespace alongside::core
