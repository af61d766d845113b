#include "KdfTiming.h"

#include "storage/keys/KeyDerivation.h"

#include <algorithm>
#include <cmath>

namespace alongside::bench {

namespace {

double deriveOnce(const core::KdfParameters& parameters, const core::StoreSalt& salt)
{
    static constexpr char kPassphrase[] = "bench kettle orchard lantern";
    const core::SecretBytes passphrase = core::SecretBytes::copyOf(kPassphrase, sizeof kPassphrase - 1);
    BenchTimer timer;
    const core::SecretBytes key = core::deriveStoreKey(passphrase, salt, parameters);
    return timer.elapsedMs();
}

} // namespace

KdfTiming timeKeyDerivation(int repeat)
{
    KdfTiming timing;
    timing.production = core::productionKdfSchedule().newest();
    core::KdfParameters onePass = timing.production;
    onePass.opsLimit = 1;
    const core::StoreSalt salt = core::randomStoreSalt();

    for (int i = 0; i < repeat; ++i) {
        timing.productionMs.add(deriveOnce(timing.production, salt));
        timing.onePassMs.add(deriveOnce(onePass, salt));
    }
    const double ops = static_cast<double>(timing.production.opsLimit);
    if (ops > 1.0) {
        timing.perPassMs = std::max(0.0,
                                    (timing.productionMs.median() - timing.onePassMs.median()) / (ops - 1.0));
        timing.fixedMs = timing.onePassMs.median() - timing.perPassMs;
    }
    if (timing.perPassMs > 0.0) {
        const double wanted = std::round((kKdfTargetMs - timing.fixedMs) / timing.perPassMs);
        timing.suggestedOps = static_cast<unsigned long long>(std::max(1.0, wanted));
    }
    return timing;
}

} // namespace alongside::bench
