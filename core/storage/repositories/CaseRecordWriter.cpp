#include "storage/repositories/CaseRecordWriter.h"

#include "model/CheckVocabulary.h"
#include "rules/NhsNumber.h"
#include "storage/repositories/CaseRecordReader.h"
#include "storage/repositories/CaseStage.h"
#include "storage/repositories/KeptUid.h"
#include "storage/repositories/StoreWrite.h"
#include "storage/repositories/StoredValues.h"

#include <QStringList>

#include <map>

namespace alongside::core {

namespace {

using namespace stored;

const QString kCase = QStringLiteral("case");
const QString kPerson = QStringLiteral("person");
const QString kConcern = QStringLiteral("concern");
const QString kSection42 = QStringLiteral("s.42 decision");
const QString kOutcome = QStringLiteral("outcome");
const QString kConversation = QStringLiteral("conversation");
const QString kAction = QStringLiteral("action");
const QString kNote = QStringLiteral("note");
const QString kClosure = QStringLiteral("closure");

QString participationCodes(const std::vector<Participation>& ways)
{
    QStringList codes;
    for (const Participation way : ways)
        codes << storageCode(way);
    return codes.join(u',');
}

// For NOT NULL text columns: an empty value is '' rather than NULL.
QVariant required(const QString& value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

QVariant optionalId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace

CaseRecordWriter::CaseRecordWriter(QSqlDatabase db, RecordHistory& history)
    : m_db(std::move(db)), m_history(history)
{}

qint64 CaseRecordWriter::insertCase(const CaseRecord& record, const QString& reference)
{
    const qint64 personId = insertPersonRow(record.person);
    const QString stage = caseStage(record.section42, record.closure);
    const qint64 caseId = insertRow(
        m_db,
        QStringLiteral("INSERT INTO safeguarding_case (person_id, reference, stage,"
                       " concern_received_on, created_at) VALUES (?, ?, ?, ?, ?)"),
        {personId, reference, stage, date(record.concern.receivedOn), m_history.at()});
    m_history.recordChange(caseId, kCase, caseId, QStringLiteral("reference"), {}, reference);
    m_history.recordChange(caseId, kCase, caseId, QStringLiteral("stage"), {}, stage);
    m_history.recordChanges(caseId, kPerson, personId, {}, fieldsOf(record.person));
    insertPersonsPeople(personId, record.person);
    writeConcern(caseId, std::nullopt, record.concern);
    if (record.section42)
        writeSection42(caseId, std::nullopt, *record.section42);
    writeMspAsked(caseId, {}, record.mspAsked);

    std::map<qint64, qint64> outcomeIds; // the record's reference → the new row
    for (const DesiredOutcome& outcome : record.outcomes) {
        const qint64 outcomeId = insertOutcome(caseId, outcome.voice);
        outcomeIds[outcome.id] = outcomeId;
        writeLetterWording(caseId, LetterWordingOf::Outcome, outcomeId, {}, outcome.letterWording);
        const OutcomeRevision* previous = nullptr;
        for (const OutcomeRevision& revision : outcome.revisions) {
            insertRevision(caseId, outcomeId, previous, revision);
            previous = &revision;
        }
        if (outcome.achievement)
            writeAchievement(caseId, outcomeId, std::nullopt, *outcome.achievement);
    }
    std::map<qint64, qint64> conversationIds;
    for (const Conversation& conversation : record.conversations)
        conversationIds[conversation.id] = insertConversation(caseId, conversation);
    for (PlanAction action : record.actions) {
        action.outcomeId = action.outcomeId ? outcomeIds.at(action.outcomeId) : 0;
        insertAction(caseId, action);
    }
    std::map<qint64, qint64> noteIds;
    for (CaseNote note : record.notes) {
        note.addendumTo = note.addendumTo ? noteIds.at(note.addendumTo) : 0;
        note.aboutConversation = note.aboutConversation ? conversationIds.at(note.aboutConversation) : 0;
        noteIds[note.id] = insertNote(caseId, note);
    }
    if (record.closure)
        writeClosure(caseId, std::nullopt, *record.closure);
    return caseId;
}

qint64 CaseRecordWriter::insertPersonRow(const Person& p)
{
    const CommunicationNeeds& c = p.communication;
    return insertRow(m_db,
                     QStringLiteral("INSERT INTO person (given_name, family_name, preferred_name, "
                                    "date_of_birth, nhs_number, address, phone, email,"
                                    " language, needs_interpreter, hearing_needs, sight_needs, "
                                    "learning_disability, preferred_way_of_talking,"
                                    " gender, ethnicity, primary_support_reason,"
                                    " autism_condition, created_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {required(p.givenName), required(p.familyName), text(p.preferredName),
                      date(p.dateOfBirth), text(normaliseNhsNumber(p.nhsNumber)), text(p.address),
                      text(p.phone), text(p.email), text(c.language), flag(c.needsInterpreter),
                      text(c.hearing), text(c.sight), flag(c.learningDisability),
                      text(c.preferredWayOfTalking), text(p.gender), text(p.ethnicity),
                      text(p.primarySupportReason), text(p.autismCondition), m_history.at()});
}

void CaseRecordWriter::insertPersonsPeople(qint64 personId, const Person& p)
{
    for (const ImportantPerson& important : p.importantPeople)
        insertRow(m_db,
                  QStringLiteral(
                      "INSERT INTO important_person (person_id, name, relationship, involvement, contact)"
                      " VALUES (?, ?, ?, ?, ?)"),
                  {personId, important.name, text(important.relationship), storageCode(important.involvement),
                   text(important.contact)});
    for (const LegalRepresentative& representative : p.legalRepresentatives)
        insertRow(m_db,
                  QStringLiteral("INSERT INTO legal_representative (person_id, kind, name, contact, covers,"
                                 " authority_note) VALUES (?, ?, ?, ?, ?, ?)"),
                  {personId, storageCode(representative.kind), representative.name,
                   text(representative.contact), text(list(storageCodes(representative.covers))),
                   text(representative.authorityNote)});
}

void CaseRecordWriter::writePerson(qint64 caseId, qint64 personId, const Person& before, const Person& after)
{
    const CommunicationNeeds& c = after.communication;
    execute(m_db,
            QStringLiteral("UPDATE person SET given_name = ?, family_name = ?, preferred_name = ?, "
                           "date_of_birth = ?, nhs_number = ?,"
                           " address = ?, phone = ?, email = ?, language = ?, needs_interpreter = ?, "
                           "hearing_needs = ?, sight_needs = ?,"
                           " learning_disability = ?, preferred_way_of_talking = ?,"
                           " gender = ?, ethnicity = ?, primary_support_reason = ?, autism_condition = ?"
                           " WHERE id = ?"),
            {required(after.givenName), required(after.familyName), text(after.preferredName),
             date(after.dateOfBirth), text(normaliseNhsNumber(after.nhsNumber)), text(after.address),
             text(after.phone), text(after.email), text(c.language), flag(c.needsInterpreter),
             text(c.hearing), text(c.sight), flag(c.learningDisability), text(c.preferredWayOfTalking),
             text(after.gender), text(after.ethnicity), text(after.primarySupportReason),
             text(after.autismCondition), personId});
    // Nothing refers to these rows, so the lists are simply written afresh.
    execute(m_db, QStringLiteral("DELETE FROM important_person WHERE person_id = ?"), {personId});
    execute(m_db, QStringLiteral("DELETE FROM legal_representative WHERE person_id = ?"), {personId});
    insertPersonsPeople(personId, after);
    m_history.recordChanges(caseId, kPerson, personId, fieldsOf(before), fieldsOf(after));
}

void CaseRecordWriter::insertConcernRows(qint64 caseId, const Concern& c)
{
    execute(m_db,
            QStringLiteral("INSERT INTO concern (case_id, received_on, received_time, raised_by_role, "
                           "raised_by_name, what_was_reported,"
                           " person_knows, persons_view, children_at_risk, other_adults_at_risk)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {caseId, date(c.receivedOn), time(c.receivedTime), text(c.raisedByRole), text(c.raisedByName),
             text(c.whatWasReported), storageCode(c.personKnows), text(c.personsView),
             storageCode(c.childrenAtRisk), storageCode(c.otherAdultsAtRisk)});
    insertLabels(caseId, QStringLiteral("concern_risk_type"), QStringLiteral("risk_type"), c.riskTypes);
    insertLabels(caseId, QStringLiteral("concern_risk_location"), QStringLiteral("location"),
                 c.locationsOfRisk);
    insertLabels(caseId, QStringLiteral("concern_risk_source"), QStringLiteral("source"), c.sourcesOfRisk);
}

void CaseRecordWriter::insertLabels(qint64 caseId, const QString& table, const QString& column,
                                    const QStringList& labels)
{
    // Table and column names come from this file, never from input.
    const QString sql =
        QStringLiteral("INSERT INTO %1 (case_id, position, %2) VALUES (?, ?, ?)").arg(table, column);
    for (qsizetype i = 0; i < labels.size(); ++i)
        execute(m_db, sql, {caseId, i, labels[i]});
}

void CaseRecordWriter::writeConcern(qint64 caseId, const std::optional<Concern>& before, const Concern& after)
{
    const KeptUid uid(m_db, "concern", "case_id", caseId);
    if (before) {
        // The concern row is replaced whole (so its search entry is rewritten by the triggers).
        execute(m_db, QStringLiteral("DELETE FROM concern_risk_type WHERE case_id = ?"), {caseId});
        execute(m_db, QStringLiteral("DELETE FROM concern_risk_location WHERE case_id = ?"), {caseId});
        execute(m_db, QStringLiteral("DELETE FROM concern_risk_source WHERE case_id = ?"), {caseId});
        execute(m_db, QStringLiteral("DELETE FROM concern WHERE case_id = ?"), {caseId});
    }
    insertConcernRows(caseId, after);
    uid.restore();
    execute(m_db, QStringLiteral("UPDATE safeguarding_case SET concern_received_on = ? WHERE id = ?"),
            {date(after.receivedOn), caseId});
    m_history.recordChanges(caseId, kConcern, caseId, before ? fieldsOf(*before) : RecordFields{},
                            fieldsOf(after));
}

void CaseRecordWriter::writeSection42(qint64 caseId, const std::optional<Section42Decision>& before,
                                      const Section42Decision& d)
{
    const KeptUid uid(m_db, "section42_decision", "case_id", caseId);
    execute(m_db, QStringLiteral("DELETE FROM section42_decision WHERE case_id = ?"), {caseId});
    execute(
        m_db,
        QStringLiteral("INSERT INTO section42_decision (case_id, care_needs, care_needs_reason, "
                       "abuse_or_risk, abuse_reason,"
                       " unable_to_protect, unable_reason, decision, response_given, decided_on, decided_by)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, storageCode(d.hasCareAndSupportNeeds), text(d.careAndSupportNeedsReason),
         storageCode(d.experiencingOrAtRiskOfAbuse), text(d.abuseReason),
         storageCode(d.unableToProtectThemselves), text(d.unableToProtectReason), storageCode(d.decision),
         text(d.responseGiven), date(d.decidedOn), text(d.decidedBy)});
    uid.restore();
    m_history.recordChanges(caseId, kSection42, caseId, before ? fieldsOf(*before) : RecordFields{},
                            fieldsOf(d));
}

void CaseRecordWriter::writeMspAsked(qint64 caseId, const QString& before, const QString& after)
{
    execute(m_db, QStringLiteral("UPDATE safeguarding_case SET msp_asked = ? WHERE id = ?"),
            {text(after), caseId});
    if (before != after)
        m_history.recordChange(caseId, kCase, caseId, QStringLiteral("asked about outcomes (SAC)"), before,
                               after);
}

qint64 CaseRecordWriter::insertOutcome(qint64 caseId, OutcomeVoice voice)
{
    const qint64 outcomeId = insertRow(
        m_db,
        // The casts give PostgreSQL the parameters' types, which a select list cannot.
        QStringLiteral(
            "INSERT INTO desired_outcome (case_id, voice, position) SELECT CAST(? AS BIGINT),"
            " CAST(? AS TEXT), coalesce(max(position), 0) + 1 FROM desired_outcome WHERE case_id = ?"),
        {caseId, storageCode(voice), caseId});
    m_history.recordChange(caseId, kOutcome, outcomeId, QStringLiteral("in whose words"), {},
                           storageCode(voice));
    return outcomeId;
}

qint64 CaseRecordWriter::insertRevision(qint64 caseId, qint64 outcomeId, const OutcomeRevision* before,
                                        const OutcomeRevision& after)
{
    const qint64 revisionId = insertRow(
        m_db,
        QStringLiteral(
            "INSERT INTO outcome_revision (outcome_id, recorded_on, wording, context) VALUES (?, ?, ?, ?)"),
        {outcomeId, date(after.recordedOn), after.wording, text(after.context)});
    m_history.recordChanges(caseId, kOutcome, outcomeId, before ? fieldsOf(*before) : RecordFields{},
                            fieldsOf(after));
    return revisionId;
}

void CaseRecordWriter::writeAchievement(qint64 caseId, qint64 outcomeId,
                                        const std::optional<OutcomeAchievement>& before,
                                        const OutcomeAchievement& after)
{
    const KeptUid uid(m_db, "outcome_achievement", "outcome_id", outcomeId);
    execute(m_db, QStringLiteral("DELETE FROM outcome_achievement WHERE outcome_id = ?"), {outcomeId});
    execute(
        m_db,
        QStringLiteral(
            "INSERT INTO outcome_achievement (outcome_id, achieved, why, recorded_on) VALUES (?, ?, ?, ?)"),
        {outcomeId, storageCode(after.achieved), text(after.why), date(after.recordedOn)});
    uid.restore();
    m_history.recordChanges(caseId, kOutcome, outcomeId, before ? fieldsOf(*before) : RecordFields{},
                            fieldsOf(after));
    writeLetterWording(caseId, LetterWordingOf::Achievement, outcomeId,
                       before ? before->letterWhy : QString(), after.letterWhy);
}

qint64 CaseRecordWriter::insertConversation(qint64 caseId, const Conversation& conversation)
{
    Conversation c = conversation;
    if (!c.writtenAt.isValid())
        c.writtenAt = m_history.moment();
    if (c.author.isEmpty())
        c.author = m_history.practitioner();
    const qint64 conversationId = insertRow(
        m_db,
        QStringLiteral("INSERT INTO conversation (case_id, held_at, place, present, seen_alone, "
                       "not_alone_reason, alone_planned_for,"
                       " took_part_how, notes, author, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, moment(c.heldAt), text(c.place), text(list(c.present)), flag(c.seenAlone),
         text(c.notAloneReason), date(c.aloneConversationPlannedFor), text(participationCodes(c.tookPartHow)),
         text(c.notes), text(c.author), moment(c.writtenAt)});
    for (qsizetype i = 0; i < c.personsWords.size(); ++i)
        insertRow(
            m_db,
            QStringLiteral("INSERT INTO persons_words (conversation_id, position, words) VALUES (?, ?, ?)"),
            {conversationId, i, c.personsWords[i]});
    m_history.recordChanges(caseId, kConversation, conversationId, {}, fieldsOf(c));
    return conversationId;
}

qint64 CaseRecordWriter::insertAction(qint64 caseId, const PlanAction& a)
{
    const qint64 actionId = insertRow(
        m_db,
        QStringLiteral("INSERT INTO plan_action (case_id, outcome_id, who, what, due_on, done_on,"
                       " no_longer_needed_on, ended_why) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, optionalId(a.outcomeId), a.who, a.what, date(a.dueOn), date(a.doneOn),
         date(a.noLongerNeededOn), a.endedWhy});
    m_history.recordChanges(caseId, kAction, actionId, {}, fieldsOf(a));
    writeLetterWording(caseId, LetterWordingOf::Action, actionId, {}, a.letterWording);
    return actionId;
}

void CaseRecordWriter::endAction(qint64 caseId, const PlanAction& before, const ActionEnd& end)
{
    PlanAction after = before;
    (end.kind == ActionEnd::Kind::Done ? after.doneOn : after.noLongerNeededOn) = end.on;
    after.endedWhy = end.why;
    execute(m_db,
            QStringLiteral(
                "UPDATE plan_action SET done_on = ?, no_longer_needed_on = ?, ended_why = ? WHERE id = ?"),
            {date(after.doneOn), date(after.noLongerNeededOn), after.endedWhy, before.id});
    m_history.recordChanges(caseId, kAction, before.id, fieldsOf(before), fieldsOf(after));
}

qint64 CaseRecordWriter::insertNote(qint64 caseId, const CaseNote& given)
{
    CaseNote note = given;
    if (!note.writtenAt.isValid())
        note.writtenAt = m_history.moment();
    if (note.author.isEmpty())
        note.author = m_history.practitioner();
    const qint64 noteId = insertRow(
        m_db,
        QStringLiteral(
            "INSERT INTO case_note (case_id, written_at, author, body, addendum_to, about_conversation)"
            " VALUES (?, ?, ?, ?, ?, ?)"),
        {caseId, moment(note.writtenAt), note.author, note.body, optionalId(note.addendumTo),
         optionalId(note.aboutConversation)});
    if (note.addendumTo)
        m_history.recordChange(caseId, kNote, noteId, QStringLiteral("addendum to note"), {},
                               QString::number(note.addendumTo));
    if (note.aboutConversation)
        m_history.recordChange(caseId, kNote, noteId, QStringLiteral("addendum to conversation"), {},
                               QString::number(note.aboutConversation));
    m_history.recordChange(caseId, kNote, noteId, QStringLiteral("text"), {}, note.body);
    return noteId;
}

void CaseRecordWriter::correctNote(qint64 caseId, qint64 noteId, const QString& before, const QString& after)
{
    execute(m_db, QStringLiteral("UPDATE case_note SET body = ? WHERE id = ?"), {after, noteId});
    m_history.recordChange(caseId, kNote, noteId, QStringLiteral("text"), before, after);
}

void CaseRecordWriter::correctConversationNotes(qint64 caseId, qint64 conversationId, const QString& before,
                                                const QString& after)
{
    execute(m_db, QStringLiteral("UPDATE conversation SET notes = ? WHERE id = ?"), {after, conversationId});
    m_history.recordChange(caseId, kConversation, conversationId, QStringLiteral("notes"), before, after);
}

void CaseRecordWriter::writeClosure(qint64 caseId, const std::optional<Closure>& before, const Closure& after)
{
    const KeptUid uid(m_db, "closure", "case_id", caseId);
    execute(m_db, QStringLiteral("DELETE FROM closure WHERE case_id = ?"), {caseId});
    execute(m_db,
            QStringLiteral("INSERT INTO closure (case_id, closed_on, feels_safer, risk_assessment_outcome,"
                           " risk_outcome, what_happens_next, experience_answered_by, listened_to, involved)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {caseId, date(after.closedOn), storageCode(after.feelsSafer), text(after.riskAssessmentOutcome),
             text(after.riskOutcome), text(after.whatHappensNext), storageCode(after.experience.answeredBy),
             storageCode(after.experience.listenedTo), storageCode(after.experience.involved)});
    uid.restore();
    execute(m_db, QStringLiteral("UPDATE safeguarding_case SET closed_on = ? WHERE id = ?"),
            {date(after.closedOn), caseId});
    m_history.recordChanges(caseId, kClosure, caseId, before ? fieldsOf(*before) : RecordFields{},
                            fieldsOf(after));
    writeLetterWording(caseId, LetterWordingOf::Closure, caseId, before ? before->letterNext : QString(),
                       after.letterNext);
}

void CaseRecordWriter::refreshStage(qint64 caseId)
{
    const CaseRecordReader reader(m_db);
    const QString stage = caseStage(reader.section42(caseId), reader.closure(caseId));
    const QString before = selectValue(m_db,
                                       QStringLiteral("SELECT stage FROM safeguarding_case WHERE id = ?"),
                                       {caseId})
                               .toString();
    if (stage == before)
        return;
    execute(m_db, QStringLiteral("UPDATE safeguarding_case SET stage = ? WHERE id = ?"), {stage, caseId});
    m_history.recordChange(caseId, kCase, caseId, QStringLiteral("stage"), before, stage);
}

} // namespace alongside::core
