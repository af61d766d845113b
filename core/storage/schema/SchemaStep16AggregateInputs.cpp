#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// The figures a team sends its Safeguarding Adults Board in an `aggregate` bundle
// (docs/bundles.md): one row per bundle opened, holding its payload as read and checked (counts
// under the published labels, nothing that identifies anyone), the reporting year it counts and
// the sender's store and sequence, so the Board's figures take each team's newest bundle for a
// year and a late older one changes nothing. Written in the same transaction as opened_bundle.
// clang-format off
Migration schemaStep16AggregateInputs()
{
    return {16, QStringLiteral("figures opened from teams' aggregate bundles"), {
        QStringLiteral(
            "CREATE TABLE opened_aggregate ("
            " bundle_id TEXT PRIMARY KEY REFERENCES opened_bundle(bundle_id),"
            " sender_store_id TEXT NOT NULL,"
            " sender_name TEXT NOT NULL,"
            " sender_team TEXT NOT NULL,"
            " sequence INTEGER NOT NULL,"
            " made_at TEXT NOT NULL,"
            " reporting_year INTEGER NOT NULL,"
            " enquiries INTEGER NOT NULL,"
            " payload TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX opened_aggregate_by_year ON opened_aggregate(reporting_year, sender_store_id, sequence)"),
        // What came in is kept as it came: the Board's figures can always be traced to a bundle.
        QStringLiteral(
            "CREATE TRIGGER opened_aggregate_kept BEFORE UPDATE ON opened_aggregate"
            " BEGIN SELECT RAISE(ABORT, 'opened aggregate figures are kept as they came'); END"),
    }};
}
// clang-format on

} // namespace alongside::core
