#pragma once

// The three questions AdvocacyCheck puts together, each answered Yes, No or not known with its
// reasons. Internal to core/rules.

#include "model/AdvocacySituation.h"
#include "rules/RuleResult.h"

namespace alongside::core::advocacy {

struct Part {
    YesNoUnknown answer = YesNoUnknown::NotKnown;
    CitedPoints reasons;
    CitedPoints missing;
    QString who; // the appropriate individual, when there is one
};

// The citations for the process's section: s.67 for care processes, s.68 for safeguarding.
struct Law {
    bool safeguarding = false;
    QString duty;      // the duty to arrange an advocate
    QString condition; // substantial difficulty
    QString exception; // an appropriate individual
    QString consent;   // consent, or best interests
};
Law lawFor(CareActProcess process);

// Condition A: substantial difficulty in at least one of the four areas. Yes when found.
Part substantialDifficulty(const SubstantialDifficulty& difficulty, const Law& law);
// Condition B, turned round: Yes when someone appropriate can represent and support them.
Part appropriateIndividual(const std::vector<AppropriateIndividual>& considered, const Law& law);
// SI 2014/2889 reg 4: Yes when an exception requires an advocate all the same.
Part regulation4(const AdvocacySituation& situation, const Law& law);

} // namespace alongside::core::advocacy
