#pragma once

#include <QString>

#include <vector>

namespace alongside::core {

// One reason a case file cannot be imported, at the place in the file it was found:
// `$.cases[0].concern.riskTypes[1]` and `"Finantial Abuse" is not a SAC type of risk…`.
struct CaseFileProblem {
    QString path;
    QString reason;

    QString toString() const { return path + QStringLiteral(": ") + reason; }
};

using CaseFileProblems = std::vector<CaseFileProblem>;

} // namespace alongside::core
