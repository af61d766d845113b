#include "storage/schema/SchemaSteps.h"

namespace alongside::core {

// The Safeguarding Adults Collection as its published tables spell it (docs/reporting.md):
// - the person's autism condition for SG1e, one of the table's two rows (NULL: neither recorded);
// - SG2c's two "inconclusive" outcomes, which earlier versions stored as "Risk – assessment
//   inconclusive …", take the published spelling "Risk Assessment inconclusive …", so stored
//   closures count in the return's rows and read back as the closing form offers them.
// clang-format off
Migration schemaStep13ReturnLabels()
{
    return {13, QStringLiteral("the return's own labels: SG1e, and SG2c as published"), {
        QStringLiteral("ALTER TABLE person ADD COLUMN autism_condition TEXT"),
        QStringLiteral("UPDATE closure SET risk_assessment_outcome = CASE risk_assessment_outcome"
                       " WHEN 'Risk – assessment inconclusive and action taken'"
                       " THEN 'Risk Assessment inconclusive and action taken'"
                       " WHEN 'Risk – assessment inconclusive and no action taken'"
                       " THEN 'Risk Assessment inconclusive and no action taken'"
                       " ELSE risk_assessment_outcome END"
                       " WHERE risk_assessment_outcome LIKE 'Risk – assessment inconclusive%'"),
    }};
}
// clang-format on

} // namespace alongside::core
