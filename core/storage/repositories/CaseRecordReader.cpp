#include "storage/repositories/CaseRecordReader.h"

#include "model/CheckVocabulary.h"
#include "storage/dialect/SqlDialect.h"
#include "storage/repositories/StoredValues.h"

#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace alongside::core {

namespace {

using namespace stored;

QSqlQuery selectFor(const QSqlDatabase& db, const QString& sql, qint64 id)
{
    QSqlQuery query(db);
    query.setForwardOnly(dialect::streamsRows(db));
    query.prepare(sql);
    query.addBindValue(id);
    query.exec();
    return query;
}

template <typename Enum>
Enum answer(const QVariant& value, Enum fallback)
{
    return fromStorageCode<Enum>(value.toString()).value_or(fallback);
}

} // namespace

CaseRecordReader::CaseRecordReader(QSqlDatabase db) : m_db(std::move(db))
{}

std::optional<CaseRecord> CaseRecordReader::load(qint64 caseId) const
{
    QSqlQuery header = selectFor(m_db,
                                 QStringLiteral("SELECT reference, person_id, msp_asked, concern_received_on"
                                                " FROM safeguarding_case WHERE id = ?"),
                                 caseId);
    if (!header.next())
        return std::nullopt;
    CaseRecord record;
    record.id = caseId;
    record.reference = header.value(0).toString();
    record.mspAsked = header.value(2).toString();
    const qint64 personId = header.value(1).toLongLong();
    const QDate concernOn = toDate(header.value(3));
    header.finish();

    record.person = person(personId).value_or(Person{});
    // Every case has a concern row (migration 3 made them for older cases); the case's own
    // date is the fallback should one ever be missing.
    if (std::optional<Concern> row = concern(caseId))
        record.concern = std::move(*row);
    else
        record.concern.receivedOn = concernOn;
    record.section42 = section42(caseId);
    record.outcomes = outcomes(caseId);
    record.conversations = conversations(caseId);
    record.actions = actions(caseId);
    record.notes = notes(caseId);
    record.closure = closure(caseId);
    readLetterWording(record);
    return record;
}

std::optional<Person> CaseRecordReader::person(qint64 personId) const
{
    QSqlQuery q = selectFor(m_db,
                            QStringLiteral("SELECT given_name, family_name, preferred_name, date_of_birth, "
                                           "nhs_number, address, phone, email,"
                                           " language, needs_interpreter, hearing_needs, sight_needs, "
                                           "learning_disability, preferred_way_of_talking,"
                                           " gender, ethnicity, primary_support_reason,"
                                           " autism_condition FROM person WHERE id = ?"),
                            personId);
    if (!q.next())
        return std::nullopt;
    Person p;
    p.id = personId;
    p.givenName = q.value(0).toString();
    p.familyName = q.value(1).toString();
    p.preferredName = q.value(2).toString();
    p.dateOfBirth = toDate(q.value(3));
    p.nhsNumber = q.value(4).toString();
    p.address = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.email = q.value(7).toString();
    p.communication = {q.value(8).toString(),  q.value(9).toBool(),  q.value(10).toString(),
                       q.value(11).toString(), q.value(12).toBool(), q.value(13).toString()};
    p.gender = q.value(14).toString();
    p.ethnicity = q.value(15).toString();
    p.primarySupportReason = q.value(16).toString();
    p.autismCondition = q.value(17).toString();
    q.finish();
    readImportantPeople(p);
    return p;
}

void CaseRecordReader::readImportantPeople(Person& p) const
{
    QSqlQuery q = selectFor(m_db,
                            QStringLiteral("SELECT id, name, relationship, involvement, contact"
                                           " FROM important_person WHERE person_id = ? ORDER BY id"),
                            p.id);
    while (q.next())
        p.importantPeople.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                     answer(q.value(3), Involvement::NotAsked), q.value(4).toString()});
    q = selectFor(
        m_db,
        QStringLiteral("SELECT id, kind, name, contact, covers, authority_note FROM legal_representative"
                       " WHERE person_id = ? ORDER BY id"),
        p.id);
    while (q.next()) {
        LegalRepresentative r;
        r.id = q.value(0).toLongLong();
        r.kind = legalRepresentativeKindFromCode(q.value(1).toString()).value_or(r.kind);
        r.name = q.value(2).toString();
        r.contact = q.value(3).toString();
        r.covers = authorityMattersFromCodes(toList(q.value(4)));
        r.authorityNote = q.value(5).toString();
        p.legalRepresentatives.push_back(r);
    }
}

std::optional<Concern> CaseRecordReader::concern(qint64 caseId) const
{
    QSqlQuery q = selectFor(
        m_db,
        QStringLiteral("SELECT received_on, received_time, raised_by_role, raised_by_name, "
                       "what_was_reported,"
                       " person_knows, persons_view, children_at_risk, other_adults_at_risk"
                       " FROM concern WHERE case_id = ?"),
        caseId);
    if (!q.next())
        return std::nullopt;
    Concern c;
    c.receivedOn = toDate(q.value(0));
    c.receivedTime = toTime(q.value(1));
    c.raisedByRole = q.value(2).toString();
    c.raisedByName = q.value(3).toString();
    c.whatWasReported = q.value(4).toString();
    c.personKnows = answer(q.value(5), YesNoUnknown::NotKnown);
    c.personsView = q.value(6).toString();
    c.childrenAtRisk = answer(q.value(7), YesNoUnknown::NotKnown);
    c.otherAdultsAtRisk = answer(q.value(8), YesNoUnknown::NotKnown);
    q.finish();
    c.riskTypes = labelList(QStringLiteral("concern_risk_type"), QStringLiteral("risk_type"), caseId);
    c.locationsOfRisk = labelList(QStringLiteral("concern_risk_location"), QStringLiteral("location"),
                                  caseId);
    c.sourcesOfRisk = labelList(QStringLiteral("concern_risk_source"), QStringLiteral("source"), caseId);
    return c;
}

std::optional<Section42Decision> CaseRecordReader::section42(qint64 caseId) const
{
    QSqlQuery q = selectFor(
        m_db,
        QStringLiteral(
            "SELECT care_needs, care_needs_reason, abuse_or_risk, abuse_reason, unable_to_protect, "
            "unable_reason,"
            " decision, response_given, decided_on, decided_by FROM section42_decision WHERE case_id = ?"),
        caseId);
    if (!q.next())
        return std::nullopt;
    Section42Decision d;
    d.hasCareAndSupportNeeds = answer(q.value(0), YesNoUnknown::NotKnown);
    d.careAndSupportNeedsReason = q.value(1).toString();
    d.experiencingOrAtRiskOfAbuse = answer(q.value(2), YesNoUnknown::NotKnown);
    d.abuseReason = q.value(3).toString();
    d.unableToProtectThemselves = answer(q.value(4), YesNoUnknown::NotKnown);
    d.unableToProtectReason = q.value(5).toString();
    d.decision = answer(q.value(6), EnquiryDecision::NoEnquiry);
    d.responseGiven = q.value(7).toString();
    d.decidedOn = toDate(q.value(8));
    d.decidedBy = q.value(9).toString();
    return d;
}

std::vector<DesiredOutcome> CaseRecordReader::outcomes(qint64 caseId) const
{
    std::vector<DesiredOutcome> outcomes;
    std::map<qint64, std::size_t> indexOf;
    QSqlQuery q = selectFor(m_db,
                            QStringLiteral("SELECT id, voice FROM desired_outcome WHERE case_id = ?"
                                           " ORDER BY position, id"),
                            caseId);
    while (q.next()) {
        DesiredOutcome outcome;
        outcome.id = q.value(0).toLongLong();
        outcome.voice = answer(q.value(1), OutcomeVoice::Person);
        indexOf[outcome.id] = outcomes.size();
        outcomes.push_back(std::move(outcome));
    }
    // Revisions are only ever added, so their row order is the order they were said in.
    q = selectFor(m_db,
                  QStringLiteral("SELECT r.outcome_id, r.recorded_on, r.wording, r.context"
                                 " FROM desired_outcome o JOIN outcome_revision r ON r.outcome_id = o.id"
                                 " WHERE o.case_id = ? ORDER BY r.outcome_id, r.id"),
                  caseId);
    while (q.next())
        outcomes[indexOf.at(q.value(0).toLongLong())].revisions.push_back(
            {toDate(q.value(1)), q.value(2).toString(), q.value(3).toString()});
    q = selectFor(m_db,
                  QStringLiteral("SELECT a.outcome_id, a.achieved, a.why, a.recorded_on"
                                 " FROM desired_outcome o JOIN outcome_achievement a ON a.outcome_id = o.id"
                                 " WHERE o.case_id = ?"),
                  caseId);
    while (q.next())
        outcomes[indexOf.at(q.value(0).toLongLong())].achievement = OutcomeAchievement{
            achievementFromCode(q.value(1).toString()).value_or(Achievement::Not), q.value(2).toString(),
            toDate(q.value(3))};
    return outcomes;
}

std::vector<Conversation> CaseRecordReader::conversations(qint64 caseId) const
{
    std::vector<Conversation> conversations;
    std::map<qint64, std::size_t> indexOf;
    QSqlQuery q = selectFor(
        m_db,
        QStringLiteral("SELECT id, held_at, place, present, seen_alone, not_alone_reason, alone_planned_for, "
                       "took_part_how,"
                       " notes, author, written_at FROM conversation WHERE case_id = ? ORDER BY held_at, id"),
        caseId);
    while (q.next()) {
        Conversation c;
        c.id = q.value(0).toLongLong();
        c.heldAt = toMoment(q.value(1));
        c.place = q.value(2).toString();
        c.present = toList(q.value(3));
        c.seenAlone = q.value(4).toBool();
        c.notAloneReason = q.value(5).toString();
        c.aloneConversationPlannedFor = toDate(q.value(6));
        for (const QString& code : q.value(7).toString().split(u',', Qt::SkipEmptyParts)) {
            if (const auto way = fromStorageCode<Participation>(code))
                c.tookPartHow.push_back(*way);
        }
        c.notes = q.value(8).toString();
        c.author = q.value(9).toString();
        c.writtenAt = toMoment(q.value(10));
        indexOf[c.id] = conversations.size();
        conversations.push_back(std::move(c));
    }
    q = selectFor(m_db,
                  QStringLiteral("SELECT w.conversation_id, w.words FROM conversation c"
                                 " JOIN persons_words w ON w.conversation_id = c.id"
                                 " WHERE c.case_id = ? ORDER BY w.conversation_id, w.position"),
                  caseId);
    while (q.next())
        conversations[indexOf.at(q.value(0).toLongLong())].personsWords << q.value(1).toString();
    return conversations;
}

std::vector<PlanAction> CaseRecordReader::actions(qint64 caseId) const
{
    std::vector<PlanAction> actions;
    QSqlQuery q = selectFor(m_db,
                            QStringLiteral("SELECT id, outcome_id, who, what, due_on, done_on,"
                                           " no_longer_needed_on, ended_why"
                                           " FROM plan_action WHERE case_id = ? ORDER BY id"),
                            caseId);
    while (q.next())
        actions.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(), toDate(q.value(4)), toDate(q.value(5)), QString(),
                           toDate(q.value(6)), q.value(7).toString()});
    return actions;
}

std::vector<CaseNote> CaseRecordReader::notes(qint64 caseId) const
{
    std::vector<CaseNote> notes;
    // Each addendum sorts with its note (by the note's time), after it, in the order written.
    QSqlQuery q = selectFor(
        m_db,
        QStringLiteral("SELECT n.id, n.written_at, n.author, n.body, n.addendum_to, n.about_conversation"
                       " FROM case_note n"
                       " LEFT JOIN case_note o ON o.id = n.addendum_to"
                       " WHERE n.case_id = ?"
                       " ORDER BY coalesce(o.written_at, n.written_at), coalesce(n.addendum_to, n.id),"
                       " n.addendum_to IS NOT NULL, n.written_at, n.id"),
        caseId);
    while (q.next())
        notes.push_back({q.value(0).toLongLong(), toMoment(q.value(1)), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    return notes;
}

QStringList CaseRecordReader::labelList(const QString& table, const QString& column, qint64 caseId) const
{
    // Table and column names come from this file, never from input.
    QSqlQuery q = selectFor(
        m_db, QStringLiteral("SELECT %1 FROM %2 WHERE case_id = ? ORDER BY position").arg(column, table),
        caseId);
    QStringList labels;
    while (q.next())
        labels << q.value(0).toString();
    return labels;
}

std::optional<Closure> CaseRecordReader::closure(qint64 caseId) const
{
    QSqlQuery q = selectFor(
        m_db,
        QStringLiteral("SELECT closed_on, feels_safer, risk_assessment_outcome, risk_outcome,"
                       " what_happens_next, experience_answered_by, listened_to, involved"
                       " FROM closure WHERE case_id = ?"),
        caseId);
    if (!q.next())
        return std::nullopt;
    Closure closure{toDate(q.value(0)), answer(q.value(1), FeelsSafer::NotAsked), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()};
    closure.experience = {answer(q.value(5), ExperienceRespondent::NotAsked),
                          answer(q.value(6), ExperienceAnswer::NotAsked),
                          answer(q.value(7), ExperienceAnswer::NotAsked)};
    return closure;
}

} // namespace alongside::core
