#pragma once

#include "model/Closure.h"
#include "model/Concern.h"

#include <QString>

#include <optional>

namespace alongside::core {

// Where the work is, as kept in safeguarding_case.stage for the caseload. Stable codes (the
// screens translate them): a concern until the s.42 decision; an enquiry (s.42 or other)
// once decided; "No enquiry" when decided not to enquire (the response is recorded); closed
// once closure is recorded.
inline const QString kStageConcern = QStringLiteral("Concern");
inline const QString kStageEnquiry = QStringLiteral("Enquiry");
inline const QString kStageNoEnquiry = QStringLiteral("No enquiry");
inline const QString kStageClosed = QStringLiteral("Closed");

QString caseStage(const std::optional<Section42Decision>& decision, const std::optional<Closure>& closure);

} // namespace alongside::core
