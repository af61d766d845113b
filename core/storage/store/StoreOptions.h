#pragma once

#include "storage/keys/KdfSchedule.h"

namespace alongside::core {

// Settings chosen by code, never by a user or a file. Tests inject a cheap schedule here to
// stay fast; the GUI and CLI always use the default.
struct StoreOptions {
    KdfSchedule kdfSchedule = productionKdfSchedule();
};

} // namespace alongside::core
