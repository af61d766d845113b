#pragma once

#include "model/AdvocateReferral.h"
#include "rules/AdvocacyCheck.h"
#include "rules/ImcaCheck.h"

#include <vector>

namespace alongside::core {

enum class OneAdvocateDecision {
    SameAdvocateCanActInBoth,   // both roles indicated, and no two different advocates recorded
    DifferentAdvocatesRecorded, // a Care Act advocate and an IMCA who are not the same person
    NotBothIndicated
};

struct OneAdvocateResult : RuleResult {
    OneAdvocateDecision decision = OneAdvocateDecision::NotBothIndicated;
};

// One advocate for both roles where possible: the same person may act as the Care Act advocate
// and as the IMCA, so the adult need not repeat their story (Care and Support Statutory
// Guidance ch.7). Pure.
OneAdvocateResult checkOneAdvocate(const AdvocacyResult& careAct, const ImcaResult& imca,
                                   const std::vector<AdvocateReferral>& referrals);

} // namespace alongside::core
