#pragma once

#include "documents/EasyReadLetterBuilder.h"
#include "model/CaseRecord.h"

#include <QDate>
#include <QString>

namespace alongside::test {

// The day the demo journeys are counted back from, and the letters are dated.
QDate letterDay();
// One of the demo journeys by reference: DEMO-004 (fully met), DEMO-007 (partly met),
// DEMO-008 (not met, with the honest reason), DEMO-005 (open, nothing achieved yet).
core::CaseRecord demoCase(const QString& reference);
// A made-up practitioner (Ofcom drama number), and optionally a made-up advocate.
core::LetterSources letterSources(bool withAdvocate);

} // namespace alongside::test
