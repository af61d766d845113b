#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

namespace {

// Every table whose rows change what a case's caseload row says, and how a row of it finds its
// case. Triggers on each mark the case stale; CaseloadRows brings stale rows up to date before
// any write commits and before the caseload is read. So no write path, present or future, can
// forget the summary: the database itself notices.
struct CaseSource {
    const char* table;
    const char* caseOf; // SQL giving the case id(s) for the row `%1` (NEW or OLD)
};

constexpr CaseSource kSources[] = {
    {"safeguarding_case", "SELECT %1.id AS case_id"},
    {"person", "SELECT id AS case_id FROM safeguarding_case WHERE person_id = %1.id"},
    {"case_note", "SELECT %1.case_id AS case_id"},
    {"concern", "SELECT %1.case_id AS case_id"},
    {"desired_outcome", "SELECT %1.case_id AS case_id"},
    {"outcome_revision", "SELECT case_id AS case_id FROM desired_outcome WHERE id = %1.outcome_id"},
    {"outcome_achievement", "SELECT case_id AS case_id FROM desired_outcome WHERE id = %1.outcome_id"},
    {"conversation", "SELECT %1.case_id AS case_id"},
    {"plan_action", "SELECT %1.case_id AS case_id"},
    {"closure", "SELECT %1.case_id AS case_id"},
    {"section42_decision", "SELECT %1.case_id AS case_id"},
    {"advocacy_check", "SELECT %1.case_id AS case_id"},
    {"capacity_doubt", "SELECT %1.case_id AS case_id"},
    {"capacity_assessment", "SELECT case_id AS case_id FROM capacity_doubt WHERE id = %1.doubt_id"},
    {"risk_enablement", "SELECT %1.case_id AS case_id"},
    {"supervision_action", "SELECT %1.case_id AS case_id"},
    {"draft", "SELECT %1.case_id AS case_id"},
};

QString markStale(const char* caseOf, const char* row)
{
    // A NULL case id (a draft that belongs to no case) marks nothing.
    return QStringLiteral("INSERT OR IGNORE INTO caseload_stale (case_id) SELECT case_id FROM (%1)"
                          " WHERE case_id IS NOT NULL;")
        .arg(QString::fromLatin1(caseOf).arg(QLatin1String(row)));
}

QStringList staleTriggers()
{
    QStringList sql;
    for (const CaseSource& source : kSources) {
        const QString table = QString::fromLatin1(source.table);
        sql << QStringLiteral("CREATE TRIGGER caseload_stale_%1_added AFTER INSERT ON %1 BEGIN %2 END")
                   .arg(table, markStale(source.caseOf, "NEW"));
        sql << QStringLiteral("CREATE TRIGGER caseload_stale_%1_changed AFTER UPDATE ON %1 BEGIN %2 %3 END")
                   .arg(table, markStale(source.caseOf, "OLD"), markStale(source.caseOf, "NEW"));
        sql << QStringLiteral("CREATE TRIGGER caseload_stale_%1_removed AFTER DELETE ON %1 BEGIN %2 END")
                   .arg(table, markStale(source.caseOf, "OLD"));
    }
    return sql;
}

} // namespace

// The caseload at scale (issue 14): a team store grows to tens of thousands of cases, and the
// caseload's first screen, a sort and a filter must not read every case. One summary row per
// case holds what the caseload's columns and flags need, and the moments from which its
// time-based flags are raised, with an index per sort. Written only by CaseloadRows (the facts
// come from the same query that used to run over every case; the flag moments from the pure
// rule in core/rules). Existing stores: every case is marked stale here and the rows are built
// when the migration finishes (Migrations.cpp), with the schema complete.
// clang-format off
Migration schemaStep14CaseloadRows()
{
    QStringList sql = {
        QStringLiteral(
            "CREATE TABLE caseload_row ("
            " case_id INTEGER PRIMARY KEY REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " reference TEXT NOT NULL,"
            " person_name TEXT NOT NULL,"
            " person_sort TEXT NOT NULL,"          // the name case-folded, for sorting
            " stage TEXT NOT NULL,"
            " concern_received_on TEXT,"
            " concern_received_time TEXT,"
            " closed_on TEXT,"
            " is_closed INTEGER NOT NULL,"
            " note_count INTEGER NOT NULL,"
            " msp_asked TEXT,"
            " outcome_count INTEGER NOT NULL,"
            " outcomes_with_achievement INTEGER NOT NULL,"
            " last_outcome_revision_on TEXT,"
            " first_conversation_at TEXT,"
            " ever_seen_alone INTEGER NOT NULL,"
            " next_action_due TEXT,"
            " feels_safer TEXT,"
            " enquiry_decided INTEGER NOT NULL,"
            " advocacy_checked INTEGER NOT NULL,"
            " capacity_doubts_unassessed INTEGER NOT NULL,"
            " earliest_risk_review_on TEXT,"
            " next_supervision_action_due TEXT,"
            " next_supervision_action TEXT,"
            " draft_parts TEXT,"
            " next_due TEXT,"                       // the earlier of the two actions' days
            // When flags are raised (rules/CaseloadFlags.h, CaseFlagTimes), as wall-clock text
            // "yyyy-MM-ddTHH:mm:ss.zzz" so they compare with now as text; NULL: never.
            " flags_always INTEGER NOT NULL,"
            " no_contact_from TEXT,"
            " not_revisited_from TEXT,"
            " risk_review_from TEXT,"
            " flags_from TEXT)"),                    // the earliest of them all (0000-… when always)
        QStringLiteral("CREATE INDEX caseload_row_in_order ON caseload_row(is_closed, concern_received_on DESC, case_id DESC)"),
        QStringLiteral("CREATE INDEX caseload_row_by_person ON caseload_row(person_sort, case_id)"),
        QStringLiteral("CREATE INDEX caseload_row_by_reference ON caseload_row(reference, case_id)"),
        QStringLiteral("CREATE INDEX caseload_row_by_stage ON caseload_row(stage, case_id)"),
        QStringLiteral("CREATE INDEX caseload_row_by_next_due ON caseload_row(next_due, case_id)"),
        QStringLiteral("CREATE INDEX caseload_row_by_flags_from ON caseload_row(flags_from)"),
        // Everything a sort by flags or by days open reads (both worked out from now), so it
        // scans this narrow index rather than every whole row.
        QStringLiteral("CREATE INDEX caseload_row_by_flag_moments ON caseload_row(flags_always, no_contact_from,"
                       " not_revisited_from, risk_review_from, flags_from, is_closed, concern_received_on, closed_on)"),
        QStringLiteral("CREATE TABLE caseload_stale (case_id INTEGER PRIMARY KEY)"),
    };
    sql << staleTriggers();
    sql << QStringLiteral("INSERT INTO caseload_stale (case_id) SELECT id FROM safeguarding_case");
    return {14, QStringLiteral("a summary row per case for the caseload"), sql};
}
// clang-format on

} // namespace alongside::core
