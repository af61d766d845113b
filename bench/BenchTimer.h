#pragma once

#include <chrono>
#include <vector>

namespace alongside::bench {

// Wall-clock time on the monotonic clock, in milliseconds.
class BenchTimer {
public:
    BenchTimer() : m_start(std::chrono::steady_clock::now()) {}
    void restart() { m_start = std::chrono::steady_clock::now(); }
    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// Repeated measurements of one thing. The median is the headline (robust to a stray
// scheduler hiccup); the minimum shows what the machine can do when nothing interferes.
class Samples {
public:
    void add(double ms) { m_ms.push_back(ms); }
    bool isEmpty() const { return m_ms.empty(); }
    double median() const;
    double min() const;
    const std::vector<double>& all() const { return m_ms; }

private:
    std::vector<double> m_ms;
};

} // namespace alongside::bench
