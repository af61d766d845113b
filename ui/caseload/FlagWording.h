#pragma once

#include "rules/CaseloadFlags.h"

#include <QString>

namespace alongside::ui {

// A few words for a flag, short enough for a caseload column. The full sentence comes from
// core (CaseFlag::text) and is shown in tooltips and beside the case.
QString shortFlagText(core::CaseFlagKind kind);

// Where a search matched, in words a practitioner would use ("their own words", "a note").
QString searchSourceLabel(const QString& source);

} // namespace alongside::ui
