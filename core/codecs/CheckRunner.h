#pragma once

#include "codecs/CaseFileProblem.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace alongside::core {

// The checks a JSON input can be run through (docs/checks.md).
enum class CheckKind { Advocacy, Imca, OneAdvocate, Capacity, BestInterests, Wishes };

std::optional<CheckKind> checkKindNamed(const QString& name); // "advocacy", "best-interests"…
QStringList checkKindNames();                                 // in the order above

struct CheckRun {
    QByteArray output;         // the result as JSON text, when the input was read
    CaseFileProblems problems; // otherwise every problem with the input

    bool ok() const { return problems.empty(); }
};

// Reads `input` as the kind's situation or record, runs the check and writes the result.
// Writes nothing anywhere and needs no store. Pure apart from the allocations.
CheckRun runCheck(CheckKind kind, const QByteArray& input);

} // namespace alongside::core
