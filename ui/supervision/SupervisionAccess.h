#pragma once

#include "casefile/CaseAccess.h"
#include "storage/repositories/SupervisionRepository.h"

namespace alongside::ui {

// The supervision store, with the same connection, writer and clock as the case it is about.
inline core::SupervisionRepository supervisionRepository(const CaseAccess& access)
{
    return core::SupervisionRepository(access.db, access.practitioner(), access.now);
}

} // namespace alongside::ui
