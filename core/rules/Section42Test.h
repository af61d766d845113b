#pragma once

#include "model/Answers.h"
#include "model/Concern.h"

#include <QString>

namespace alongside::core {

struct Section42Assessment {
    bool dutyApplies = false; // all three conditions answered yes
    bool undecided = false;   // a condition is still "not known"
    QString explanation;      // plain sentence, with the citation
    QString citation;         // "Care Act 2014 s.42(1)"
};

// Care Act 2014 s.42(1): the council must make (or cause) enquiries where it has reasonable
// cause to suspect that an adult (a) has needs for care and support, (b) is experiencing, or
// is at risk of, abuse or neglect, and (c) as a result of those needs is unable to protect
// themselves. Pure.
Section42Assessment assessSection42(const Section42Decision& decision);

// Whether the recorded decision is consistent with the three answers: a s.42 enquiry needs
// all three "yes"; "no enquiry" or "other enquiry" needs a response recorded.
QString section42Inconsistency(const Section42Decision& decision);

} // namespace alongside::core
