#include "BenchTimer.h"

#include <algorithm>

namespace alongside::bench {

double Samples::median() const
{
    if (m_ms.empty())
        return 0.0;
    std::vector<double> sorted = m_ms;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
}

double Samples::min() const
{
    return m_ms.empty() ? 0.0 : *std::min_element(m_ms.begin(), m_ms.end());
}

} // namespace alongside::bench
