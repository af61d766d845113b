#pragma once

#include "model/WishesSituation.h"
#include "rules/RuleResult.h"

namespace alongside::core {

enum class WishesDecision {
    WishNotRecorded,      // nobody has asked yet, or it is not written down
    WantsAction,          // nothing to weigh against their wish
    FactorsToWeigh,       // they do not want action, and something may override that
    FactorsNotYetChecked, // they do not want action; whether anything overrides it is not known
    WishGuides            // they do not want action and nothing recorded overrides it
};

struct WishesResult : RuleResult {
    WishesDecision decision = WishesDecision::WishNotRecorded;
};

// When the person does not want action taken (CSSG ch.14; docs/checks.md, "wishes"): prompts the
// practitioner to record which overriding factor applies, why, and whether the person was
// told; reminds that a refusal is never simply a reason to close. Whether to act against their
// wish is the practitioner's judgement, made with their manager: this check never decides it.
// Pure.
WishesResult checkWishes(const WishesSituation& situation);

} // namespace alongside::core
