#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// Whose case it is, in a team store (issue 14): the team leader merges cases sent by several
// practitioners, and the caseload must say which practitioner holds each one. A case's holder
// is the colleague whose store it was started in (safeguarding_case.origin_store, step 15),
// named as this store trusted their keys (team_key, step 8). The summary row keeps the name so
// the caseload can show and sort it from an index without reading every case:
// - `held_by` NULL: a case started in this store (the practitioner's own);
// - `held_by` '': started in another store whose keys are not trusted here (an imported file);
// - otherwise the trusted colleague's name.
// Trusting or revoking a colleague's key changes the name shown, so those mark their cases
// stale too. Every existing case is marked stale and rebuilt when the migration finishes.
// clang-format off
Migration schemaStep17CaseHolders()
{
    const QString markCasesOf = QStringLiteral(
        "INSERT OR IGNORE INTO caseload_stale (case_id)"
        " SELECT id FROM safeguarding_case WHERE origin_store = %1.store_id;");
    return {17, QStringLiteral("who holds each case, for a team store's caseload"), {
        QStringLiteral("ALTER TABLE caseload_row ADD COLUMN held_by TEXT"),
        QStringLiteral("CREATE INDEX caseload_row_by_holder ON caseload_row(held_by, case_id)"),
        QStringLiteral("CREATE INDEX safeguarding_case_by_origin ON safeguarding_case(origin_store)"),
        QStringLiteral("CREATE TRIGGER caseload_stale_team_key_added AFTER INSERT ON team_key BEGIN %1 END")
            .arg(markCasesOf.arg(QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER caseload_stale_team_key_changed AFTER UPDATE ON team_key BEGIN %1 END")
            .arg(markCasesOf.arg(QStringLiteral("NEW"))),
        QStringLiteral("INSERT OR IGNORE INTO caseload_stale (case_id) SELECT id FROM safeguarding_case"),
    }};
}
// clang-format on

} // namespace alongside::core
