#pragma once

namespace alongside::core {

// Every table whose rows travel with a case (docs/case-format.md, version 2): the case and
// everything under it, its supervision, letters and record history. Each has a `uid` column
// from schema step 15. Drafts, the caseload's summary rows, search, keys and the bundle ledger
// stay in the store they belong to. A later step adding a table that travels adds it here only
// by a new step of its own (this list is step 15's, and never changes once shipped).
inline constexpr const char* kTravellingTables[] = {
    "safeguarding_case",
    "person",
    "important_person",
    "legal_representative",
    "concern",
    "concern_risk_type",
    "concern_risk_location",
    "concern_risk_source",
    "section42_decision",
    "conversation",
    "persons_words",
    "desired_outcome",
    "outcome_revision",
    "outcome_achievement",
    "plan_action",
    "case_note",
    "closure",
    "capacity_doubt",
    "capacity_assessment",
    "best_interests_decision",
    "advocacy_check",
    "advocate_referral",
    "wishes_override",
    "risk_enablement",
    "risk_enablement_outcome",
    "supervision_session",
    "reflective_note",
    "reflective_answer",
    "supervision_action",
    "manager_signoff",
    "easy_read_letter",
    "record_history",
};

} // namespace alongside::core
