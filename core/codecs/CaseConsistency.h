#pragma once

#include "codecs/CaseFileProblem.h"

#include "model/CaseRecord.h"

#include <QString>

namespace alongside::core {

// Rules between fields of one case read from a file (readCaseJson's record, whose links are
// record-local ids), the same rules the store applies to a new case (storage/repositories/CaseValidation.h)
// but each reported at its path:
//   - nothing is dated before the concern was received: the s.42 decision, outcome wordings
//     and achievements, the closure;
//   - an outcome's wordings are oldest first, and there is at least one; an achievement needs
//     an outcome with wording to measure;
//   - "no enquiry" records the response given instead;
//   - a plan action's outcome and a note's addendumTo point at an outcome / an earlier note
//     that exists;
//   - SAC SG2e (risk outcome) is recorded only where SG2c says action was taken.
// Problems are added with paths under `path` (e.g. `$.cases[0]`).
void checkCaseConsistency(const CaseRecord& record, const QString& path, CaseFileProblems* problems);

} // namespace alongside::core
