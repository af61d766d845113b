#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// A plan action ends either done or no longer needed, each with why. Before this step "Done"
// was the only way out, so an action that stopped making sense stayed open for ever (and was
// listed at closing, and in the caseload's next action) or was marked done untruthfully.
// clang-format off
Migration schemaStep7ActionEnding()
{
    return {7, QStringLiteral("plan actions end done or no longer needed, with why"), {
        QStringLiteral("ALTER TABLE plan_action ADD COLUMN no_longer_needed_on TEXT"),
        QStringLiteral("ALTER TABLE plan_action ADD COLUMN ended_why TEXT"),
    }};
}
// clang-format on

} // namespace alongside::core
