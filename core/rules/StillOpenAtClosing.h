#pragma once

#include "model/Answers.h"
#include "model/CaseRecord.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <set>

namespace alongside::core {

// What the practitioner is about to close with: which outcomes have the person's view of how
// far they were met, and whether they were asked if they feel safer.
struct ClosingIntent {
    std::set<qint64> outcomesWithTheirView; // outcome ids with fully / partly / not achieved chosen
    std::optional<FeelsSafer> feelsSafer;   // nothing chosen yet, or the answer chosen
    QStringList draftsWaiting;              // typed work not yet saved to the record, in words
};

// Everything still open when a case is about to close, one plain line each, in the order of
// the work: nobody asked what they want; no s.42 decision; plan actions neither done nor set
// aside; drafts waiting; outcomes without the person's view; "feels safer"
// not asked. Making Safeguarding Personal asks for the person's view of the outcome at the end
// of the work (LGA/ADASS MSP toolkit; SAC SG4a "achieved?"), so a closure without it is worth
// a second look, never a block: the practitioner decides. Empty when nothing is open.
QStringList stillOpenAtClosing(const CaseRecord& record, const ClosingIntent& intent);

} // namespace alongside::core
