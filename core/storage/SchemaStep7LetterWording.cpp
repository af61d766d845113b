#include "storage/SchemaSteps.h"

namespace alongside::core {

// Letter wording kept with each record (issue 12). Practitioners write reasons, plan actions
// and "what happens next" for colleagues ("Provider concerns raised with contracts; s.42
// closed, NFA."); the easy-read letter needs the same news told to the person ("The care
// company has said sorry to you."). Each is written once, beside the record it tells, so every
// letter for the case uses it and it travels with the case. NULL until written. The wording of
// an outcome is for outcomes put into words by an advocate or a best-interests decision, which
// cannot be quoted as the person's own words.
// clang-format off
Migration schemaStep7LetterWording()
{
    return {7, QStringLiteral("wording for the easy-read letter, kept with each record"), {
        QStringLiteral("ALTER TABLE desired_outcome ADD COLUMN letter_wording TEXT"),
        QStringLiteral("ALTER TABLE outcome_achievement ADD COLUMN letter_why TEXT"),
        QStringLiteral("ALTER TABLE plan_action ADD COLUMN letter_wording TEXT"),
        QStringLiteral("ALTER TABLE closure ADD COLUMN letter_next TEXT"),
    }};
}
// clang-format on

} // namespace alongside::core
