#pragma once

#include "model/AdvocacySituation.h"
#include "rules/RuleResult.h"

namespace alongside::core {

enum class AdvocacyDecision { Required, NotRequired, CannotTellYet };

struct AdvocacyResult : RuleResult {
    AdvocacyDecision decision = AdvocacyDecision::CannotTellYet;
    QString appropriateIndividual; // who, when someone appropriate was found
};

// Must the council arrange an independent advocate for this process? Care Act 2014 s.67
// (needs and carer's assessments, care and support planning, reviews) and s.68 (s.42
// enquiries and safeguarding adults reviews): substantial difficulty in being involved, and
// nobody appropriate to represent and support them; for s.67 processes only, the exceptions
// in SI 2014/2889 reg 4. Pure.
AdvocacyResult checkAdvocacy(const AdvocacySituation& situation);

} // namespace alongside::core
