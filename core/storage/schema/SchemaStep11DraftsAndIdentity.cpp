#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// A practitioner's day (issue 11).
// Drafts learn where they belong — which case, which part of it, which form, which record — so
// a case and the caseload can say a draft is waiting, and a form finds its own draft again.
// Drafts kept before this step (the quick note, and one conversation and one capacity
// assessment per case, keyed "conversation:<case>" and "capacity:<case>") are given their
// places; one whose case is not there keeps its text and belongs to no case.
// The practitioner's contact details (step 5) become who is writing: the history, sign-offs
// and letters all read the one row, which now also keeps a work email.
// clang-format off
Migration schemaStep11DraftsAndIdentity()
{
    return {11, QStringLiteral("where each draft belongs, and who is writing"), {
        QStringLiteral("ALTER TABLE draft ADD COLUMN case_id INTEGER REFERENCES safeguarding_case(id) ON DELETE CASCADE"),
        QStringLiteral("ALTER TABLE draft ADD COLUMN part TEXT"),
        QStringLiteral("ALTER TABLE draft ADD COLUMN form TEXT"),
        QStringLiteral("ALTER TABLE draft ADD COLUMN record_id INTEGER"),
        QStringLiteral("CREATE INDEX draft_by_case ON draft(case_id, part)"),
        QStringLiteral("UPDATE draft SET form = draft_key WHERE instr(draft_key, ':') = 0"),
        QStringLiteral(
            "UPDATE draft SET form = 'conversation', part = 'conversations', case_id = ("
            "SELECT c.id FROM safeguarding_case c WHERE c.id = CAST(substr(draft_key, 14) AS INTEGER))"
            " WHERE draft_key LIKE 'conversation:%'"),
        // "capacity:<case>" is now the key of the Capacity part's own fields; the assessment
        // form's draft moves to "capacity-assessment:<case>".
        QStringLiteral(
            "UPDATE draft SET form = 'capacity-assessment', part = 'capacity', case_id = ("
            "SELECT c.id FROM safeguarding_case c WHERE c.id = CAST(substr(draft_key, 10) AS INTEGER)),"
            " draft_key = 'capacity-assessment' || substr(draft_key, 9) WHERE draft_key LIKE 'capacity:%'"),
        QStringLiteral("ALTER TABLE practitioner_contact ADD COLUMN email TEXT"),
    }};
}
// clang-format on

} // namespace alongside::core
