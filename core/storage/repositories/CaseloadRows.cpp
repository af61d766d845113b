#include "storage/repositories/CaseloadRows.h"

#include "rules/CaseloadFlags.h"
#include "storage/repositories/StoredValues.h"

#include <QSqlError>
#include <QVariant>

namespace alongside::core {

namespace {

// One pass over the cases; every fact is a correlated subquery answered from an index on its
// table's case_id (or the primary key). This used to run over every case each time the
// caseload was shown; now it runs for the cases a change touched.
QString summarySelect(const QString& caseIdsSql)
{
    return QStringLiteral(
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
               " (SELECT max(r.recorded_on) FROM desired_outcome o JOIN outcome_revision r ON r.outcome_id = "
               "o.id"
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
               " (SELECT coalesce(s.due_on, '') || '|' || s.what || ' (' || s.owner || ')' FROM "
               "supervision_action s"
               "   WHERE s.case_id = c.id AND s.done_on IS NULL ORDER BY s.due_on IS NULL, s.due_on, s.id "
               "LIMIT 1),"
               // Drafts waiting (schema step 11), from the draft table's index on case_id.
               " (SELECT group_concat(DISTINCT d.part) FROM draft d WHERE d.case_id = c.id),"
               // Who holds the case (schema step 17): NULL for this store's own, else the name
               // this store trusted for the store it was started in ('' if none is trusted).
               " CASE WHEN c.origin_store IS NULL OR c.origin_store = (SELECT store_id FROM store_identity)"
               "   THEN NULL ELSE coalesce((SELECT k.name FROM team_key k WHERE k.store_id = c.origin_store"
               "   ORDER BY k.revoked_at IS NOT NULL, k.id DESC LIMIT 1), '') END"
               " FROM safeguarding_case c JOIN person p ON p.id = c.person_id%1"
               " ORDER BY c.closed_on IS NOT NULL, c.concern_received_on DESC, c.id DESC")
        .arg(caseIdsSql.isEmpty() ? QString() : QStringLiteral(" WHERE c.id IN (%1)").arg(caseIdsSql));
}

// Columns 0-19 are the same, in the same places, in the fresh query and in caseload_row; only
// the supervision action and the drafts come after them differently.
CaseSummary readSharedColumns(const QSqlQuery& query)
{
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
    return summary;
}

CaseSummary readSummary(const QSqlQuery& query)
{
    CaseSummary summary = readSharedColumns(query);
    if (!query.value(20).isNull()) {
        const QString next = query.value(20).toString();
        const qsizetype bar = next.indexOf(u'|');
        summary.nextSupervisionActionDue = stored::toDate(next.left(bar));
        summary.nextSupervisionAction = next.mid(bar + 1);
    }
    if (!query.value(21).isNull())
        summary.draftParts = query.value(21).toString().split(u',', Qt::SkipEmptyParts);
    if (!query.value(22).isNull())
        summary.heldBy = query.value(22).toString();
    return summary;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant wallClock(const QDate& date, const QTime& time)
{
    return date.isValid() ? QVariant(wallClockText(date, time)) : nullText();
}

QDate nextDue(const CaseSummary& summary)
{
    if (!summary.nextSupervisionActionDue.isValid())
        return summary.nextActionDue;
    if (!summary.nextActionDue.isValid())
        return summary.nextSupervisionActionDue;
    return std::min(summary.nextActionDue, summary.nextSupervisionActionDue);
}

bool exec(QSqlQuery& query, const QString& sql, QString* failure)
{
    if (query.exec(sql))
        return true;
    *failure = query.lastError().text();
    return false;
}

// The definitions of caseload_row's own indexes, as the schema made them.
QStringList summaryIndexes(const QSqlDatabase& db)
{
    QStringList definitions;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'caseload_row'"
                       " AND sql IS NOT NULL ORDER BY name"));
    while (query.next())
        definitions << query.value(0).toString();
    return definitions;
}

QString writeRows(const QSqlDatabase& db)
{
    const std::vector<CaseSummary> fresh = freshCaseSummaries(
        db, QStringLiteral("SELECT case_id FROM caseload_stale"));
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO caseload_row (case_id, reference, person_name, person_sort, stage,"
            " concern_received_on, concern_received_time, closed_on, is_closed, note_count, msp_asked,"
            " outcome_count, outcomes_with_achievement, last_outcome_revision_on, first_conversation_at,"
            " ever_seen_alone, next_action_due, feels_safer, enquiry_decided, advocacy_checked,"
            " capacity_doubts_unassessed, earliest_risk_review_on, next_supervision_action_due,"
            " next_supervision_action, draft_parts, next_due, flags_always, no_contact_from,"
            " not_revisited_from, risk_review_from, flags_from, held_by)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
        return insert.lastError().text();
    for (const CaseSummary& s : fresh) {
        const CaseFlagTimes times = caseloadFlagTimes(s);
        const QVariant noContact = wallClock(times.noContactFromDate, times.noContactFromTime);
        const QVariant notRevisited = wallClock(times.notRevisitedFrom, QTime(0, 0));
        const QVariant riskReview = wallClock(times.riskReviewOverdueFrom, QTime(0, 0));
        // The earliest moment any flag is raised; kRaisedAlways sorts before every moment.
        QVariant flagsFrom = times.always > 0 ? QVariant(kRaisedAlways) : nullText();
        for (const QVariant& from : {noContact, notRevisited, riskReview}) {
            if (!from.isNull() && (flagsFrom.isNull() || from.toString() < flagsFrom.toString()))
                flagsFrom = from;
        }
        const QVariantList values = {
            s.caseId,
            s.reference,
            s.personName,
            s.personName.toCaseFolded(),
            s.stage,
            stored::date(s.concernReceivedOn),
            stored::time(s.concernReceivedTime),
            stored::date(s.closedOn),
            stored::flag(s.isClosed()),
            s.noteCount,
            stored::text(s.mspAsked),
            s.outcomeCount,
            s.outcomesWithAchievement,
            stored::date(s.lastOutcomeRevisionOn),
            stored::moment(s.firstConversationAt),
            stored::flag(s.everSeenAlone),
            stored::date(s.nextActionDue),
            s.feelsSafer ? QVariant(storageCode(*s.feelsSafer)) : nullText(),
            stored::flag(s.enquiryDecided),
            stored::flag(s.advocacyChecked),
            s.capacityDoubtsUnassessed,
            stored::date(s.earliestRiskReviewOn),
            stored::date(s.nextSupervisionActionDue),
            stored::text(s.nextSupervisionAction),
            stored::text(s.draftParts.join(u',')),
            stored::date(nextDue(s)),
            times.always,
            noContact,
            notRevisited,
            riskReview,
            flagsFrom,
            s.heldBy ? QVariant(*s.heldBy) : nullText(),
        };
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return insert.lastError().text();
    }
    insert.finish();
    QSqlQuery query(db);
    QString failure;
    // A case that is gone takes its row with it (the foreign key cascades too; this also covers
    // a connection without foreign keys).
    if (!exec(query,
              QStringLiteral("DELETE FROM caseload_row WHERE case_id IN (SELECT case_id FROM caseload_stale)"
                             " AND case_id NOT IN (SELECT id FROM safeguarding_case)"),
              &failure)
        || !exec(query, QStringLiteral("DELETE FROM caseload_stale"), &failure))
        return failure;
    return {};
}

} // namespace

const QString kRaisedAlways = QStringLiteral("0000-00-00T00:00:00.000");

QString wallClockText(const QDate& date, const QTime& time)
{
    return date.toString(Qt::ISODate) + u'T' + time.toString(QStringLiteral("HH:mm:ss.zzz"));
}

std::vector<CaseSummary> freshCaseSummaries(const QSqlDatabase& db, const QString& caseIdsSql)
{
    std::vector<CaseSummary> cases;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(summarySelect(caseIdsSql));
    while (query.next())
        cases.push_back(readSummary(query));
    return cases;
}

QString refreshCaseloadRows(const QSqlDatabase& db, int rebuildIndexesFrom)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Nothing stale is the common case on every commit: one probe of an empty table.
    if (!query.exec(QStringLiteral("SELECT 1 FROM caseload_stale LIMIT 1")))
        return query.lastError().text();
    const bool stale = query.next();
    query.finish();
    if (!stale)
        return {};
    QString failure;
    if (!exec(query, QStringLiteral("SAVEPOINT caseload_rows"), &failure))
        return failure;
    // Many rows at once (an upgrade, a large import): writing each into the table's eight
    // indexes touches a page of each at random, and every page is decrypted and encrypted again
    // as the cache overflows; making the indexes afresh afterwards is about twenty times faster
    // at 50,000 cases (docs/performance.md). All inside the savepoint: a failure restores them.
    QStringList indexes;
    if (query.exec(QStringLiteral("SELECT count(*) FROM caseload_stale")) && query.next()
        && query.value(0).toLongLong() >= rebuildIndexesFrom) {
        query.finish();
        indexes = summaryIndexes(db);
        for (const QString& definition : indexes) {
            const QString name = definition.section(u' ', 2, 2); // CREATE INDEX <name> ON …
            if (failure.isEmpty())
                exec(query, QStringLiteral("DROP INDEX %1").arg(name), &failure);
        }
    }
    query.finish();
    if (failure.isEmpty())
        failure = writeRows(db);
    for (const QString& definition : indexes) {
        if (failure.isEmpty())
            exec(query, definition, &failure);
    }
    if (!failure.isEmpty()) {
        query.exec(QStringLiteral("ROLLBACK TO caseload_rows"));
        query.exec(QStringLiteral("RELEASE caseload_rows"));
        return failure;
    }
    exec(query, QStringLiteral("RELEASE caseload_rows"), &failure);
    return failure;
}

QString caseloadRowColumns()
{
    return QStringLiteral(
        "case_id, reference, person_name, stage, concern_received_on, closed_on, note_count,"
        " concern_received_time, msp_asked, outcome_count, outcomes_with_achievement,"
        " last_outcome_revision_on, first_conversation_at, ever_seen_alone, next_action_due, feels_safer,"
        " enquiry_decided, advocacy_checked, capacity_doubts_unassessed, earliest_risk_review_on,"
        " next_supervision_action_due, next_supervision_action, draft_parts, held_by");
}

CaseSummary readCaseloadRow(const QSqlQuery& query)
{
    // The same columns in the same places as the fresh query, except the supervision action.
    CaseSummary summary = readSharedColumns(query);
    summary.nextSupervisionActionDue = stored::toDate(query.value(20));
    summary.nextSupervisionAction = query.value(21).toString();
    if (!query.value(22).isNull())
        summary.draftParts = query.value(22).toString().split(u',', Qt::SkipEmptyParts);
    if (!query.value(23).isNull())
        summary.heldBy = query.value(23).toString();
    return summary;
}

} // namespace alongside::core
