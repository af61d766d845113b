#pragma once

#include "codecs/CheckInputReader.h"
#include "model/RiskEnablementNote.h"

#include <QByteArray>
#include <QJsonObject>

namespace alongside::core {

// A risk enablement note as JSON (docs/checks.md, "Risk enablement record"): how the store
// keeps it, and how it travels in a case file. The reader reports every problem at its path,
// in the manner of the check inputs.
QJsonObject riskEnablementToJson(const RiskEnablementNote& note);
CheckInput<RiskEnablementNote> readRiskEnablementInput(const QByteArray& bytes,
                                                       JsonOrigin origin = JsonOrigin::Outside);

} // namespace alongside::core
