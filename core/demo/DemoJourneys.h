#pragma once

#include "model/CaseRecord.h"

#include <QDate>

#include <vector>

namespace alongside::core {

// The demo's synthetic case journeys, built in code with dates counted back from `today`.
// Obviously made-up people; together they show the shapes of the work: a concern with nothing
// done yet; outcomes asked and later revised; people seen alone and not; a first conversation
// three days after the concern; several types of risk at once; a decision not to enquire with
// the response given; closures fully met, partly met, not met (with the honest reason), and
// one closed without asking the person.
std::vector<CaseRecord> demoJourneys(const QDate& today);

} // namespace alongside::core
