#pragma once

#include "model/BestInterestsDecision.h"
#include "rules/RecordStatus.h"

namespace alongside::core {

struct BestInterestsResult : RuleResult {
    RecordStatus status = RecordStatus::Incomplete;
};

// Does a best-interests decision record show what MCA 2005 s.4 and s.1(6) ask? Each checklist
// item addressed, or marked not applicable with a reason; the people s.4(7) names consulted or
// accounted for; the person's wishes, feelings, beliefs and values in their own words; the
// options, the less restrictive among them; the decision and who made it. It checks the record,
// never the decision itself. Pure.
BestInterestsResult checkBestInterests(const BestInterestsDecision& decision);

} // namespace alongside::core
