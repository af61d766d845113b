#pragma once

#include "BenchTimer.h"

#include <functional>
#include <optional>
#include <string>

namespace alongside::bench {

// One side of a comparison. Only `run` is timed; `prepare` and `cleanup` (either may be
// empty) happen around every run, untimed: a fresh store before a bulk insert, closing the
// connection after an open.
struct Side {
    std::function<void()> prepare;
    std::function<void()> run;
    std::function<void()> cleanup;
};

// What a row is held to. A row meets it when the driver's median is within `ratio` of raw's
// and, where `limitMs` is given, under it. An informational row is printed and written with
// its ratio like any other, but not counted in the summary (see docs/performance.md).
struct RowTarget {
    std::optional<double> ratio;
    std::optional<double> limitMs;
    bool informational = false;
};

struct ComparisonResult {
    std::string name;
    RowTarget target;
    Samples driverMs; // per operation
    Samples rawMs;
    int runsPerSample = 1;
};

// Runs each side `warmUps` times untimed (the first warms SQLite's page cache and the OS's
// equally, unless `prepare` empties the page cache, as the cold rows' does; the last sizes
// the sample), then `repeat` samples per side. Runs alternate
// driver/raw one by one, each sample starting with the other side, so drift (thermal, page
// cache, a neighbour on the host) falls on both. Operations shorter than 30 ms are run several
// times per sample and reported per operation.
ComparisonResult compare(std::string name, const Side& driver, const Side& raw, int repeat, int warmUps = 2);

} // namespace alongside::bench
