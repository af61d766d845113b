#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// Letters that tell the adult the truth (issue 12).
//
// Letter wording kept with each record. Practitioners write reasons, plan actions
// and "what happens next" for colleagues ("Provider concerns raised with contracts; s.42
// closed, NFA."); the easy-read letter needs the same news told to the person ("The care
// company has said sorry to you."). Each is written once, beside the record it tells, so every
// letter for the case uses it and it travels with the case. NULL until written. The wording of
// an outcome is for outcomes put into words by an advocate or a best-interests decision, which
// cannot be quoted as the person's own words.
//
// Safe to send: how each letter will reach the person (route), whether anyone named in it or
// the person who may have caused harm lives there or may read it (others_may_read), a note,
// and who answered when. NULL until asked; the answer is also in the record history.
// clang-format off
Migration schemaStep9LetterWording()
{
    return {9, QStringLiteral("letter wording kept with each record; how each letter reaches the person"), {
        QStringLiteral("ALTER TABLE desired_outcome ADD COLUMN letter_wording TEXT"),
        QStringLiteral("ALTER TABLE outcome_achievement ADD COLUMN letter_why TEXT"),
        QStringLiteral("ALTER TABLE plan_action ADD COLUMN letter_wording TEXT"),
        QStringLiteral("ALTER TABLE closure ADD COLUMN letter_next TEXT"),
        QStringLiteral("ALTER TABLE easy_read_letter ADD COLUMN delivery_route TEXT"),
        QStringLiteral("ALTER TABLE easy_read_letter ADD COLUMN delivery_others_may_read TEXT"),
        QStringLiteral("ALTER TABLE easy_read_letter ADD COLUMN delivery_note TEXT"),
        QStringLiteral("ALTER TABLE easy_read_letter ADD COLUMN delivery_answered_at TEXT"),
        QStringLiteral("ALTER TABLE easy_read_letter ADD COLUMN delivery_answered_by TEXT"),
    }};
}
// clang-format on

} // namespace alongside::core
