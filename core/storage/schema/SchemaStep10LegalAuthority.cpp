#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// What a nominee's, attorney's or deputy's authority covers (issue 13). The IMCA duties do not
// apply where someone holds authority for "those matters" (MCA 2005 s.40(1)), so a
// property-and-affairs attorney must not switch off a welfare duty: each legal representative
// now says what they cover. `covers` is a JSON list of codes, as StoredValues' list() keeps one
// (medical-treatment, accommodation, deprivation-of-liberty, property-and-affairs, other-matters; NULL: not
// recorded). The kinds gain nominated-person and enduring-power-of-attorney; `kind` was never
// constrained, so no existing row changes.
// clang-format off
Migration schemaStep10LegalAuthority()
{
    return {10, QStringLiteral("what a nominee's, attorney's or deputy's authority covers"), {
        QStringLiteral("ALTER TABLE legal_representative ADD COLUMN covers TEXT"),
        QStringLiteral("ALTER TABLE legal_representative ADD COLUMN authority_note TEXT"),
    }};
}
// clang-format on

} // namespace alongside::core
