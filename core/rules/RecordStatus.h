#pragma once

#include "rules/RuleResult.h"

namespace alongside::core {

// How a capacity or best-interests record stands against the Act.
enum class RecordStatus {
    Complete,   // everything the Act asks for is recorded
    Incomplete, // something is missing (RuleResult::missing)
    Flagged     // the reasoning conflicts with the Act (RuleResult::flags), whatever else is missing
};

inline RecordStatus statusOf(const RuleResult& result)
{
    if (!result.flags.empty())
        return RecordStatus::Flagged;
    return result.missing.empty() ? RecordStatus::Complete : RecordStatus::Incomplete;
}

} // namespace alongside::core
