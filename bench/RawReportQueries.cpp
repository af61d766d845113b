#include "RawReportQueries.h"

namespace alongside::bench {

namespace {

// Concluded s.42 enquiries closed in the period, both days included.
// Closures first (the smallest table; those of one period sit together), as a careful hand would.
#define CONCLUDED " x.closed_on >= ?1 AND x.closed_on <= ?2 AND d.decision = 'section-42-enquiry'"
#define ENQUIRIES                                                                                            \
    " FROM closure x CROSS JOIN section42_decision d ON d.case_id = x.case_id"                               \
    " JOIN safeguarding_case c ON c.id = x.case_id"

// SG1's cases: concerns raised in the period, or enquiries decided on in it (each index once).
#define SG1_CASES                                                                                            \
    " FROM (SELECT id FROM safeguarding_case WHERE concern_received_on BETWEEN ?1 AND ?2"                    \
    " UNION SELECT case_id FROM section42_decision WHERE decided_on BETWEEN ?1 AND ?2) s"                    \
    " CROSS JOIN safeguarding_case c ON c.id = s.id JOIN person p ON p.id = c.person_id"                     \
    " LEFT JOIN section42_decision d ON d.case_id = c.id"

} // namespace

const std::vector<RawReportQuery>& rawReportQueries()
{
    static const std::vector<RawReportQuery> queries = {
        {"SG2a",
         "SELECT r.risk_type, group_concat(c.id)" ENQUIRIES
         " LEFT JOIN concern_risk_type r ON r.case_id = c.id WHERE" CONCLUDED " GROUP BY r.risk_type"},
        {"SG2b-location",
         "SELECT k.location, group_concat(c.id)" ENQUIRIES
         " LEFT JOIN concern_risk_location k ON k.case_id = c.id WHERE" CONCLUDED " GROUP BY k.location"},
        {"SG2b-source",
         "SELECT k.source, group_concat(c.id)" ENQUIRIES
         " LEFT JOIN concern_risk_source k ON k.case_id = c.id WHERE" CONCLUDED " GROUP BY k.source"},
        {"SG2c",
         "SELECT x.risk_assessment_outcome, group_concat(c.id)" ENQUIRIES " WHERE" CONCLUDED
         " GROUP BY x.risk_assessment_outcome"},
        {"SG2e",
         "SELECT x.risk_outcome, group_concat(c.id)" ENQUIRIES " WHERE" CONCLUDED
         " AND x.risk_assessment_outcome LIKE '%and action taken' AND x.risk_assessment_outcome NOT LIKE "
         "'%no action taken'"
         " GROUP BY x.risk_outcome"},
        {"SG3a",
         "SELECT c.lacked_capacity, group_concat(c.id),"
         " group_concat(CASE WHEN c.lacked_capacity = 'yes' AND c.capacity_support = 'yes' THEN c.id END),"
         " group_concat(CASE WHEN c.lacked_capacity = 'yes' AND c.capacity_support = 'no' THEN c.id END),"
         " group_concat(CASE WHEN c.lacked_capacity = 'yes' AND c.capacity_support IS NULL THEN c.id "
         "END)" ENQUIRIES " WHERE" CONCLUDED " GROUP BY c.lacked_capacity"},
        {"SG4a-asked",
         "SELECT ifnull(c.msp_asked, 'Not Recorded'), group_concat(c.id)" ENQUIRIES " WHERE" CONCLUDED
         " GROUP BY 1"},
        {"SG4a-achieved",
         "SELECT grade, group_concat(id) FROM (SELECT c.id AS id,"
         " (SELECT CASE WHEN count(*) = 0 THEN NULL WHEN min(a.achieved) = 'fully' AND max(a.achieved) = "
         "'fully' THEN 'fully'"
         " WHEN min(a.achieved) = 'not' AND max(a.achieved) = 'not' THEN 'not' ELSE 'partly' END"
         " FROM outcome_achievement a JOIN desired_outcome o ON o.id = a.outcome_id WHERE o.case_id = c.id) "
         "AS grade" ENQUIRIES " WHERE" CONCLUDED
         " AND c.msp_asked = 'Yes they were asked and outcomes were expressed') GROUP BY grade"},
        {"outcome-measure",
         "SELECT group_concat(id), group_concat(CASE WHEN asked THEN id END), group_concat(CASE WHEN "
         "expressed THEN id END),"
         " group_concat(CASE WHEN expressed AND own THEN id END), group_concat(CASE WHEN expressed AND bi "
         "THEN id END),"
         " group_concat(CASE WHEN expressed AND adv THEN id END), group_concat(CASE WHEN expressed AND grade "
         "= 'fully' THEN id END),"
         " group_concat(CASE WHEN expressed AND grade = 'partly' THEN id END),"
         " group_concat(CASE WHEN expressed AND grade = 'not' THEN id END), group_concat(CASE WHEN quick "
         "THEN id END),"
         " group_concat(CASE WHEN alone THEN id END), group_concat(CASE WHEN checked THEN id END),"
         " group_concat(CASE WHEN needed THEN id END), group_concat(CASE WHEN needed AND referred THEN id "
         "END),"
         " group_concat(CASE WHEN safer <> 'not-asked' THEN id END), group_concat(CASE WHEN safer = 'yes' "
         "THEN id END),"
         " group_concat(CASE WHEN safer = 'partly' THEN id END), group_concat(CASE WHEN safer = 'no' THEN id "
         "END),"
         " group_concat(CASE WHEN who <> 'not-asked' THEN id END),"
         " group_concat(CASE WHEN who NOT IN ('not-asked', 'person') THEN id END),"
         " group_concat(CASE WHEN who <> 'not-asked' AND heard = 'yes' THEN id END),"
         " group_concat(CASE WHEN who <> 'not-asked' AND heard = 'partly' THEN id END),"
         " group_concat(CASE WHEN who <> 'not-asked' AND part = 'yes' THEN id END),"
         " group_concat(CASE WHEN who <> 'not-asked' AND part = 'partly' THEN id END)"
         " FROM (SELECT c.id AS id, c.msp_asked LIKE 'Yes they were asked%' AS asked,"
         " x.feels_safer AS safer, ifnull(x.experience_answered_by, 'not-asked') AS who, x.listened_to AS "
         "heard,"
         " x.involved AS part, EXISTS (SELECT 1 FROM advocacy_check a WHERE a.case_id = c.id) AS checked,"
         " c.msp_asked = 'Yes they were asked and outcomes were expressed' AS expressed,"
         " EXISTS (SELECT 1 FROM desired_outcome o WHERE o.case_id = c.id AND o.voice = 'person') AS own,"
         " EXISTS (SELECT 1 FROM desired_outcome o WHERE o.case_id = c.id AND o.voice = 'best-interests') AS "
         "bi,"
         " EXISTS (SELECT 1 FROM desired_outcome o WHERE o.case_id = c.id AND o.voice = 'advocate') AS adv,"
         " (SELECT CASE WHEN count(*) = 0 THEN NULL WHEN min(a.achieved) = 'fully' AND max(a.achieved) = "
         "'fully' THEN 'fully'"
         " WHEN min(a.achieved) = 'not' AND max(a.achieved) = 'not' THEN 'not' ELSE 'partly' END"
         " FROM outcome_achievement a JOIN desired_outcome o ON o.id = a.outcome_id WHERE o.case_id = c.id) "
         "AS grade,"
         " (SELECT min(v.held_at) FROM conversation v WHERE v.case_id = c.id)"
         " <= date(k.received_on, '+1 day') || 'T' || ifnull(k.received_time, '23:59:59') AS quick,"
         " EXISTS (SELECT 1 FROM conversation v WHERE v.case_id = c.id AND v.seen_alone) AS alone,"
         " (SELECT a.care_act_result = 'required' OR a.imca_result = 'must' FROM advocacy_check a WHERE "
         "a.case_id = c.id"
         " ORDER BY a.checked_on DESC, a.id DESC LIMIT 1) AS needed,"
         " EXISTS (SELECT 1 FROM advocate_referral r WHERE r.case_id = c.id) AS referred" ENQUIRIES
         " JOIN concern k ON k.case_id = c.id"
         " WHERE" CONCLUDED ")"},
        // SG1: the cases of the period (concerns raised or enquiries begun in it), each adult once
        // in a column, by their most recent case's details; then the cases by support reason and autism.
        {"SG1-individuals",
         "SELECT band, gender, ethnicity, sum(cs IS NOT NULL), sum(ss IS NOT NULL), sum(os IS NOT NULL),"
         " group_concat(cs), group_concat(ss), group_concat(os), count(*)"
         " FROM (SELECT CASE WHEN age IS NULL THEN NULL WHEN age < 18 THEN 'under-18' WHEN age <= 64 THEN "
         "'18-64'"
         " WHEN age <= 74 THEN '65-74' WHEN age <= 84 THEN '75-84' WHEN age <= 94 THEN '85-94' ELSE '95+' "
         "END AS band,"
         " gender, ethnicity, cs, ss, os FROM (SELECT CASE WHEN p.date_of_birth IS NULL THEN NULL"
         " ELSE CAST(substr(?2, 1, 4) AS INTEGER) - CAST(substr(p.date_of_birth, 1, 4) AS INTEGER)"
         " - (substr(?2, 6, 5) < substr(p.date_of_birth, 6, 5)) END AS age,"
         " p.gender AS gender, p.ethnicity AS ethnicity, max(c.id),"
         " group_concat(CASE WHEN c.concern_received_on BETWEEN ?1 AND ?2 THEN c.id END) AS cs,"
         " group_concat(CASE WHEN d.decision = 'section-42-enquiry'"
         " AND ifnull(d.decided_on, c.concern_received_on) BETWEEN ?1 AND ?2 THEN c.id END) AS ss,"
         " group_concat(CASE WHEN d.decision = 'other-enquiry'"
         " AND ifnull(d.decided_on, c.concern_received_on) BETWEEN ?1 AND ?2 THEN c.id END) AS os" SG1_CASES
         " GROUP BY CASE WHEN ifnull(p.nhs_number, '') <> '' THEN 'n' || p.nhs_number"
         " WHEN p.date_of_birth IS NOT NULL"
         " THEN 'b' || lower(trim(p.given_name)) || '|' || lower(trim(p.family_name)) || '|' || "
         "p.date_of_birth"
         " ELSE 'c' || c.id END)) GROUP BY 1, 2, 3"},
        {"SG1-activity",
         "SELECT p.primary_support_reason, p.autism_condition,"
         " group_concat(CASE WHEN c.concern_received_on BETWEEN ?1 AND ?2 THEN c.id END),"
         " group_concat(CASE WHEN d.decision = 'section-42-enquiry'"
         " AND ifnull(d.decided_on, c.concern_received_on) BETWEEN ?1 AND ?2 THEN c.id END),"
         " group_concat(CASE WHEN d.decision = 'other-enquiry'"
         " AND ifnull(d.decided_on, c.concern_received_on) BETWEEN ?1 AND ?2 THEN c.id END)" SG1_CASES
         " GROUP BY 1, 2"},
        {"peoples-words",
         "SELECT c.id, p.given_name, p.family_name, p.preferred_name,"
         " (SELECT w.wording FROM outcome_revision w WHERE w.outcome_id = o.id ORDER BY w.id DESC LIMIT 1),"
         " a.achieved, c.closed_on" ENQUIRIES " JOIN person p ON p.id = c.person_id"
         " JOIN desired_outcome o ON o.case_id = c.id AND o.voice = 'person'"
         " LEFT JOIN outcome_achievement a ON a.outcome_id = o.id WHERE" CONCLUDED
         " ORDER BY c.closed_on, c.id, o.position"},
    };
    return queries;
}

std::vector<RawReportRow> runRawReport(RawConnection& raw, const RawReportQuery& query,
                                       const std::string& from, const std::string& to)
{
    RawStatement statement(raw.handle(), query.sql.c_str());
    statement.bind(1, from);
    statement.bind(2, to);
    std::vector<RawReportRow> rows;
    while (statement.step()) {
        RawReportRow row;
        const int columns = statement.columnCount();
        row.reserve(static_cast<std::size_t>(columns));
        for (int i = 0; i < columns; ++i)
            row.push_back(statement.optionalText(i));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace alongside::bench
