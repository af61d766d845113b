#pragma once

#include "model/CapacityAssessment.h"
#include "rules/RecordStatus.h"

namespace alongside::core {

struct CapacityRecordResult : RuleResult {
    RecordStatus status = RecordStatus::Incomplete;
};

// Does a capacity assessment record show what the Mental Capacity Act 2005 asks (ss.1-3)? One
// decision at one time; practicable steps; the functional test, each part with its evidence,
// before the causative link to an impairment (A Local Authority v JB [2021] UKSC 52); and
// nothing resting on age, appearance, a condition, behaviour or an unwise decision. It checks
// the record, never the person's capacity: that judgement stays with the assessor. Pure.
CapacityRecordResult checkCapacityRecord(const CapacityAssessment& assessment);

// The grounds MCA 2005 s.2(3) and s.1(4) rule out, in words and with their citations; shared
// with the best-interests check (s.4(1)).
CitedPoint unjustifiedBasisFlag(UnjustifiedBasis basis, bool bestInterests);

} // namespace alongside::core
