#pragma once

#include "model/Answers.h"

#include <QString>

namespace alongside::core {

// One of the four areas in which a person may struggle to be involved: the council's
// judgement (`found` is Yes when there is substantial difficulty) and what it rests on.
struct DifficultyFinding {
    YesNoUnknown found = YesNoUnknown::NotKnown;
    QString evidence; // what was seen or heard: "could not recall the plan ten minutes later"
};

// Whether, were no advocate available, the person would have substantial difficulty in being
// involved (Care Act 2014 s.67(4)(a)-(d) for care processes; the same four areas in s.68 for
// safeguarding enquiries and reviews). One area is enough.
struct SubstantialDifficulty {
    DifficultyFinding understanding;   // understanding relevant information
    DifficultyFinding retaining;       // retaining that information
    DifficultyFinding usingOrWeighing; // using or weighing it as part of being involved
    DifficultyFinding communicating;   // communicating views, wishes or feelings, by any means
};

} // namespace alongside::core
