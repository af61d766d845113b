#include "storage/repositories/CaseloadRepository.h"

#include "storage/repositories/StoredValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace alongside::core {

CaseloadRepository::CaseloadRepository(QSqlDatabase db) : m_db(std::move(db))
{}

std::vector<CaseSummary> CaseloadRepository::allCases() const
{
    // One pass over the cases; every fact is a correlated subquery answered from an index on
    // its table's case_id (or the primary key), so the cost grows with the number of cases,
    // not with the notes and conversations behind them.
    std::vector<CaseSummary> cases;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT c.id, c.reference,"
        " coalesce(nullif(trim(p.preferred_name), ''), trim(trim(p.given_name) || ' ' || "
        "trim(p.family_name))),"
        " c.stage, c.concern_received_on, c.closed_on,"
        " (SELECT count(*) FROM case_note n WHERE n.case_id = c.id),"
        " (SELECT received_time FROM concern k WHERE k.case_id = c.id),"
        " c.msp_asked,"
        " (SELECT count(*) FROM desired_outcome o WHERE o.case_id = c.id),"
        " (SELECT count(*) FROM desired_outcome o JOIN outcome_achievement a ON a.outcome_id = o.id"
        "   WHERE o.case_id = c.id),"
        " (SELECT max(r.recorded_on) FROM desired_outcome o JOIN outcome_revision r ON r.outcome_id = o.id"
        "   WHERE o.case_id = c.id),"
        " (SELECT min(v.held_at) FROM conversation v WHERE v.case_id = c.id),"
        " EXISTS (SELECT 1 FROM conversation v WHERE v.case_id = c.id AND v.seen_alone),"
        " (SELECT min(a.due_on) FROM plan_action a WHERE a.case_id = c.id AND a.done_on IS NULL"
        " AND a.no_longer_needed_on IS NULL),"
        " (SELECT feels_safer FROM closure z WHERE z.case_id = c.id),"
        // Legal literacy (schema step 4), each from an index on case_id.
        " EXISTS (SELECT 1 FROM section42_decision d WHERE d.case_id = c.id"
        "   AND d.decision IN ('section-42-enquiry', 'other-enquiry')),"
        " EXISTS (SELECT 1 FROM advocacy_check x WHERE x.case_id = c.id),"
        " (SELECT count(*) FROM capacity_doubt q WHERE q.case_id = c.id AND NOT EXISTS ("
        "   SELECT 1 FROM capacity_assessment m"
        "   WHERE m.doubt_id = q.id AND m.conclusion <> 'not-concluded')),"
        " (SELECT min(e.review_on) FROM risk_enablement e WHERE e.case_id = c.id),"
        // Supervision (schema step 6): the next agreed action still to do, from its index.
        " (SELECT coalesce(s.due_on, '') || '|' || s.what || ' (' || s.owner || ')' FROM supervision_action s"
        "   WHERE s.case_id = c.id AND s.done_on IS NULL ORDER BY s.due_on IS NULL, s.due_on, s.id LIMIT 1),"
        // Drafts waiting (schema step 7), from the draft table's index on case_id.
        " (SELECT group_concat(DISTINCT d.part) FROM draft d WHERE d.case_id = c.id)"
        " FROM safeguarding_case c JOIN person p ON p.id = c.person_id"
        " ORDER BY c.closed_on IS NOT NULL, c.concern_received_on DESC, c.id DESC"));
    while (query.next()) {
        CaseSummary summary;
        summary.caseId = query.value(0).toLongLong();
        summary.reference = query.value(1).toString();
        summary.personName = query.value(2).toString();
        summary.stage = query.value(3).toString();
        summary.concernReceivedOn = stored::toDate(query.value(4));
        summary.closedOn = stored::toDate(query.value(5));
        summary.noteCount = query.value(6).toLongLong();
        summary.concernReceivedTime = stored::toTime(query.value(7));
        summary.mspAsked = query.value(8).toString();
        summary.outcomeCount = query.value(9).toInt();
        summary.outcomesWithAchievement = query.value(10).toInt();
        summary.lastOutcomeRevisionOn = stored::toDate(query.value(11));
        if (!query.value(12).isNull())
            summary.firstConversationAt = stored::toMoment(query.value(12));
        summary.everSeenAlone = query.value(13).toBool();
        summary.nextActionDue = stored::toDate(query.value(14));
        if (!query.value(15).isNull())
            summary.feelsSafer = fromStorageCode<FeelsSafer>(query.value(15).toString());
        summary.enquiryDecided = query.value(16).toBool();
        summary.advocacyChecked = query.value(17).toBool();
        summary.capacityDoubtsUnassessed = query.value(18).toInt();
        summary.earliestRiskReviewOn = stored::toDate(query.value(19));
        if (!query.value(20).isNull()) {
            const QString next = query.value(20).toString();
            const qsizetype bar = next.indexOf(u'|');
            summary.nextSupervisionActionDue = stored::toDate(next.left(bar));
            summary.nextSupervisionAction = next.mid(bar + 1);
        }
        if (!query.value(21).isNull())
            summary.draftParts = query.value(21).toString().split(u',', Qt::SkipEmptyParts);
        cases.push_back(std::move(summary));
    }
    return cases;
}

qint64 CaseloadRepository::countRows(const QString& table) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 CaseloadRepository::countCases() const
{
    return countRows(QStringLiteral("safeguarding_case"));
}

qint64 CaseloadRepository::countPeople() const
{
    return countRows(QStringLiteral("person"));
}

qint64 CaseloadRepository::countNotes() const
{
    return countRows(QStringLiteral("case_note"));
}

} // namespace alongside::core
