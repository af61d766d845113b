#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// Legal literacy (issue 4): capacity doubts and assessments, best-interests decisions, advocacy
// checks and referrals, records of acting against the person's wishes, and risk enablement.
// A whole record is kept as JSON text in the docs/checks.md input format (`record`,
// `situation`); the columns beside it are what lists, flags and reports need to read without
// parsing it. Dates are yyyy-MM-dd, timestamps yyyy-MM-ddTHH:mm:ss.
// clang-format off
Migration schemaStep4LegalLiteracy()
{
    return {4, QStringLiteral("capacity, best interests, advocacy and risk enablement"), {
        // SAC SG3a about the enquiry: 'yes' | 'no' | 'dont-know' | NULL (not recorded); and, of
        // 'yes', whether an advocate, family or friend supported them: 'yes' | 'no' | NULL.
        QStringLiteral("ALTER TABLE safeguarding_case ADD COLUMN lacked_capacity TEXT"),
        QStringLiteral("ALTER TABLE safeguarding_case ADD COLUMN capacity_support TEXT"),
        // Something gave reason to doubt capacity for one decision (MCA 2005 s.1(2); Code ch.4).
        QStringLiteral(
            "CREATE TABLE capacity_doubt ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " decision TEXT NOT NULL,"
            " noted_on TEXT NOT NULL,"
            " why TEXT,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX capacity_doubt_by_case ON capacity_doubt(case_id, noted_on)"),
        QStringLiteral(
            "CREATE TABLE capacity_assessment ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " doubt_id INTEGER REFERENCES capacity_doubt(id) ON DELETE SET NULL,"
            " decision TEXT NOT NULL,"
            " assessed_on TEXT NOT NULL,"
            " assessor TEXT,"
            " conclusion TEXT NOT NULL CHECK (conclusion IN ('not-concluded', 'has-capacity', 'lacks-capacity')),"
            " record TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX capacity_assessment_by_case ON capacity_assessment(case_id, assessed_on)"),
        QStringLiteral("CREATE INDEX capacity_assessment_by_doubt ON capacity_assessment(doubt_id, conclusion)"),
        QStringLiteral(
            "CREATE TABLE best_interests_decision ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " assessment_id INTEGER REFERENCES capacity_assessment(id) ON DELETE SET NULL,"
            " decision TEXT NOT NULL,"
            " decided_on TEXT NOT NULL,"
            " decision_maker TEXT,"
            " record TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX best_interests_decision_by_case ON best_interests_decision(case_id, decided_on)"),
        // Care Act 2014 ss.67-68 and the IMCA duties: the facts and what the rules said then.
        QStringLiteral(
            "CREATE TABLE advocacy_check ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " process TEXT NOT NULL,"
            " checked_on TEXT NOT NULL,"
            " care_act_result TEXT NOT NULL CHECK (care_act_result IN ('required', 'not-required', 'cannot-tell')),"
            " imca_result TEXT NOT NULL CHECK (imca_result IN ('must', 'may', 'does-not-apply', 'cannot-tell')),"
            " situation TEXT NOT NULL,"
            " imca_situation TEXT NOT NULL,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX advocacy_check_by_case ON advocacy_check(case_id, checked_on)"),
        QStringLiteral(
            "CREATE TABLE advocate_referral ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " referred_on TEXT NOT NULL,"
            " role TEXT NOT NULL CHECK (role IN ('care-act', 'imca', 'both')),"
            " provider TEXT NOT NULL,"
            " advocate_name TEXT,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX advocate_referral_by_case ON advocate_referral(case_id, referred_on)"),
        // Acting against the person's wishes (CSSG ch.14; docs/checks.md, "wishes").
        QStringLiteral(
            "CREATE TABLE wishes_override ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " recorded_on TEXT NOT NULL,"
            " record TEXT NOT NULL,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX wishes_override_by_case ON wishes_override(case_id, recorded_on)"),
        QStringLiteral(
            "CREATE TABLE risk_enablement ("
            " id INTEGER PRIMARY KEY,"
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " capacity_assessment_id INTEGER REFERENCES capacity_assessment(id) ON DELETE SET NULL,"
            " activity TEXT NOT NULL,"
            " review_on TEXT,"
            " decided_by TEXT,"
            " record TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX risk_enablement_by_case ON risk_enablement(case_id, review_on)"),
        QStringLiteral(
            "CREATE TABLE risk_enablement_outcome ("
            " risk_enablement_id INTEGER NOT NULL REFERENCES risk_enablement(id) ON DELETE CASCADE,"
            " outcome_id INTEGER NOT NULL REFERENCES desired_outcome(id) ON DELETE CASCADE,"
            " PRIMARY KEY (risk_enablement_id, outcome_id))"),
        QStringLiteral("CREATE INDEX risk_enablement_outcome_by_outcome ON risk_enablement_outcome(outcome_id)"),
    }};
}
// clang-format on

} // namespace alongside::core
