#pragma once

#include <cstddef>
#include <vector>

namespace alongside::core {

// One versioned set of Argon2id costs. A store file does not record which set made its key
// (only its salt), so opening tries the sets newest first and then re-keys to the newest.
struct KdfParameters {
    int version = 0;
    unsigned long long opsLimit = 0;
    std::size_t memLimitBytes = 0;
};

// The sets this build knows, newest first. Never empty.
class KdfSchedule {
public:
    explicit KdfSchedule(std::vector<KdfParameters> newestFirst);

    const KdfParameters& newest() const { return m_sets.front(); }
    const std::vector<KdfParameters>& newestFirst() const { return m_sets; }

private:
    std::vector<KdfParameters> m_sets;
};

// The only schedule a shipped build uses. Tuned so one derivation takes about 0.4 s on a
// two-core laptop-class machine (see docs/performance.md); memory cost is the main defence.
KdfSchedule productionKdfSchedule();

} // namespace alongside::core
