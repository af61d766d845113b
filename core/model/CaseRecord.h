#pragma once

#include "model/CaseNote.h"
#include "model/Closure.h"
#include "model/Concern.h"
#include "model/Conversation.h"
#include "model/DesiredOutcome.h"
#include "model/Person.h"

#include <QString>

#include <optional>
#include <vector>

namespace alongside::core {

// Everything about one safeguarding case, in the order the work happens: the person → the
// concern and the s.42 decision → what they want → conversations → plan → closing.
struct CaseRecord {
    qint64 id = 0;
    QString reference;
    Person person;
    Concern concern;
    std::optional<Section42Decision> section42;
    QString mspAsked; // SAC SG4a "asked?" label, exactly; empty until recorded
    std::vector<DesiredOutcome> outcomes;
    std::vector<Conversation> conversations; // oldest first
    std::vector<PlanAction> actions;
    std::vector<CaseNote> notes; // oldest first, addenda after their note
    std::optional<Closure> closure;
};

} // namespace alongside::core
