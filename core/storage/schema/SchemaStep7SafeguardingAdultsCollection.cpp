#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// The Safeguarding Adults Collection in full (NHS England, SAC guidance 2024-25; docs/reporting.md):
// - the person's gender, ethnicity and primary support reason for SG1b-SG1d, as the return's
//   labels (NULL: not recorded yet);
// - several locations and sources of risk per concern. The SG2 guidance counts "one for each
//   different category that applies to the enquiry", and for sources "if the source types are
//   different … a count of one in each", so a single value per concern could not say it. The
//   single values earlier versions kept move into the lists and the old columns are emptied, so
//   there is one place to read them. Sources take the guidance's spelling ("Other – Known to
//   individual", small i);
// - the Making Safeguarding Personal Outcomes Framework's experience questions at closure: who
//   answered (the person or a representative), listened to, involved (NULL: not asked);
// - indexes for SG1, which counts concerns by the day they arrived and enquiries by the day
//   they were decided on.
// clang-format off
Migration schemaStep7SafeguardingAdultsCollection()
{
    return {7, QStringLiteral("the Safeguarding Adults Collection in full"), {
        QStringLiteral("ALTER TABLE person ADD COLUMN gender TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN ethnicity TEXT"),
        QStringLiteral("ALTER TABLE person ADD COLUMN primary_support_reason TEXT"),
        QStringLiteral(
            "CREATE TABLE concern_risk_location ("
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " location TEXT NOT NULL,"
            " PRIMARY KEY (case_id, location))"),
        QStringLiteral(
            "CREATE TABLE concern_risk_source ("
            " case_id INTEGER NOT NULL REFERENCES safeguarding_case(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " source TEXT NOT NULL,"
            " PRIMARY KEY (case_id, source))"),
        QStringLiteral("INSERT INTO concern_risk_location (case_id, position, location)"
                       " SELECT case_id, 0, location_of_risk FROM concern WHERE coalesce(location_of_risk, '') <> ''"),
        QStringLiteral("INSERT INTO concern_risk_source (case_id, position, source)"
                       " SELECT case_id, 0, CASE source_of_risk"
                       " WHEN 'Other – Known to Individual' THEN 'Other – Known to individual'"
                       " WHEN 'Other – Unknown to Individual' THEN 'Other – Unknown to individual'"
                       " ELSE source_of_risk END"
                       " FROM concern WHERE coalesce(source_of_risk, '') <> ''"),
        QStringLiteral("UPDATE concern SET location_of_risk = NULL, source_of_risk = NULL"),
        QStringLiteral("ALTER TABLE closure ADD COLUMN experience_answered_by TEXT"),
        QStringLiteral("ALTER TABLE closure ADD COLUMN listened_to TEXT"),
        QStringLiteral("ALTER TABLE closure ADD COLUMN involved TEXT"),
        QStringLiteral("CREATE INDEX safeguarding_case_by_concern_day ON safeguarding_case(concern_received_on)"),
        QStringLiteral("CREATE INDEX section42_decision_by_day ON section42_decision(decided_on)"),
    }};
}
// clang-format on

} // namespace alongside::core
