#pragma once

#include "model/CaseRecord.h"

#include <QString>

#include <utility>
#include <vector>

namespace alongside::core {

// A part of the case record as readable field names and values, for the record history:
// comparing two of these gives exactly what a change altered ("type of risk": old → new).
// Values are plain text: storage codes for closed answers, ISO dates, SAC labels verbatim.
using RecordFields = std::vector<std::pair<QString, QString>>;

RecordFields fieldsOf(const Person& person);
RecordFields fieldsOf(const Concern& concern);
RecordFields fieldsOf(const Section42Decision& decision);
RecordFields fieldsOf(const OutcomeRevision& revision);
RecordFields fieldsOf(const OutcomeAchievement& achievement);
RecordFields fieldsOf(const Conversation& conversation);
RecordFields fieldsOf(const PlanAction& action);
RecordFields fieldsOf(const Closure& closure);

} // namespace alongside::core
