#include "storage/keys/KdfSchedule.h"

#include <stdexcept>
#include <utility>

namespace alongside::core {

KdfSchedule::KdfSchedule(std::vector<KdfParameters> newestFirst) : m_sets(std::move(newestFirst))
{
    if (m_sets.empty())
        throw std::invalid_argument("a key-derivation schedule needs at least one parameter set");
}

KdfSchedule productionKdfSchedule()
{
    // Add a new set at the front when costs rise; keep old ones so older stores still open
    // (and are re-keyed to the front set on their next unlock). Never remove a set that
    // shipped.
    return KdfSchedule({
        {.version = 1, .opsLimit = 5, .memLimitBytes = std::size_t{256} * 1024 * 1024},
    });
}

} // namespace alongside::core
