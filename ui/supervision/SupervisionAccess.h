#pragma once

#include "casefile/CaseAccess.h"

namespace alongside::ui {

// The supervision store, with the same connection, writer and clock as the case it is about.
inline core::SupervisionRepository supervisionRepository(const CaseAccess& access)
{
    return access.records().supervision();
}

} // namespace alongside::ui
