#pragma once

#include <QtGlobal>

#include <cstddef>

namespace alongside::bench {

// SplitMix64: tiny, fast, and the same sequence everywhere (std:: distributions differ
// between standard libraries, which would make the synthetic store differ too).
class SplitMix {
public:
    explicit SplitMix(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
    int between(int low, int high) { return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1))); }
    bool oneIn(std::size_t n) { return below(n) == 0; }
    // True with the given chance in percent.
    bool percent(std::size_t chance) { return below(100) < chance; }
    template <typename List> decltype(auto) pick(const List& list)
    {
        using Index = decltype(list.size());
        return list[static_cast<Index>(below(static_cast<std::size_t>(list.size())))];
    }

private:
    quint64 m_state;
};

} // namespace alongside::bench
