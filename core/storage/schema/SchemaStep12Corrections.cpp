#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// Putting the record right without rewriting it. A plan action ends either done or no longer
// needed, each with why: before, "Done" was the only way out, so an action that stopped making
// sense stayed open for ever (listed at closing, and as the caseload's next action) or was
// marked done untruthfully. A saved conversation takes addenda, kept as case notes that point
// at it, so they are searched, exported and kept in the history as notes are.
// clang-format off
Migration schemaStep12Corrections()
{
    return {12, QStringLiteral("plan actions end done or no longer needed, with why; addenda to conversations"), {
        QStringLiteral("ALTER TABLE plan_action ADD COLUMN no_longer_needed_on TEXT"),
        QStringLiteral("ALTER TABLE plan_action ADD COLUMN ended_why TEXT"),
        QStringLiteral("ALTER TABLE case_note ADD COLUMN about_conversation INTEGER REFERENCES conversation(id)"),
    }};
}
// clang-format on

} // namespace alongside::core
