#include "Comparison.h"

#include <algorithm>
#include <cmath>

namespace alongside::bench {

namespace {

double timeOnce(const Side& side)
{
    if (side.prepare)
        side.prepare();
    BenchTimer timer;
    side.run();
    const double ms = timer.elapsedMs();
    if (side.cleanup)
        side.cleanup();
    return ms;
}

// One sample per side: `runs` runs each, interleaved run by run (and starting with a
// different side each time) so that a burst of load from elsewhere lands on both sides.
void samplePair(const Side& driver, const Side& raw, int runs, int sample, ComparisonResult* result)
{
    double driverTotal = 0.0;
    double rawTotal = 0.0;
    for (int i = 0; i < runs; ++i) {
        if ((sample + i) % 2 == 0) {
            driverTotal += timeOnce(driver);
            rawTotal += timeOnce(raw);
        } else {
            rawTotal += timeOnce(raw);
            driverTotal += timeOnce(driver);
        }
    }
    result->driverMs.add(driverTotal / runs);
    result->rawMs.add(rawTotal / runs);
}

} // namespace

ComparisonResult compare(std::string name, const Side& driver, const Side& raw, int repeat, int warmUps)
{
    constexpr double minSampleMs = 30.0;
    ComparisonResult result;
    result.name = std::move(name);

    for (int i = 1; i < warmUps; ++i) {
        timeOnce(driver);
        timeOnce(raw);
    }
    const double driverMs = timeOnce(driver);
    const double rawMs = timeOnce(raw);
    const double fastest = std::max(std::min(driverMs, rawMs), 0.001);
    result.runsPerSample = std::clamp(static_cast<int>(std::ceil(minSampleMs / fastest)), 1, 1000);

    for (int i = 0; i < repeat; ++i)
        samplePair(driver, raw, result.runsPerSample, i, &result);
    return result;
}

} // namespace alongside::bench
