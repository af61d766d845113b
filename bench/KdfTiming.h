#pragma once

#include "BenchTimer.h"

#include "storage/keys/KdfSchedule.h"

namespace alongside::bench {

// The unlock cost that is not the driver's: one Argon2id derivation with the production
// parameters (the same libsodium call whoever opens the file). Also times a single pass
// at the same memory, so the ops value that would land near a target time can be estimated
// (time grows linearly with passes once the memory is allocated).
struct KdfTiming {
    core::KdfParameters production;
    Samples productionMs;
    Samples onePassMs;
    double perPassMs = 0.0;
    double fixedMs = 0.0;
    unsigned long long suggestedOps = 0; // for kKdfTargetMs
};

constexpr double kKdfTargetMs = 400.0;
constexpr double kKdfLowMs = 300.0;
constexpr double kKdfHighMs = 600.0;

KdfTiming timeKeyDerivation(int repeat);

} // namespace alongside::bench
