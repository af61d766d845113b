#pragma once

#include "codecs/CaseFileProblem.h"
#include "codecs/WholeCaseLayout.h"

namespace alongside::core {

// The legal records a version 2 case carries whole (capacity assessments, best-interests
// decisions, advocacy facts, acting against wishes, risk enablement) are read as the checks
// read them (docs/checks.md), so a record that `alongside-cli check` would refuse is refused
// at its place in the case file: `$.cases[0].capacityAssessments[1].record.decision: …`.
void checkLegalRecords(const WholeCase& wholeCase, const QString& casePath, CaseFileProblems* problems);

} // namespace alongside::core
