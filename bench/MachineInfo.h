#pragma once

#include <QString>

namespace alongside::bench {

// What a reader of the numbers needs to know about where they came from.
QString cpuModel();
// The 1-minute load average (/proc/loadavg), or -1 where unavailable. Other work on the
// machine inflates both sides' times; a high value means "run it again when quiet".
double loadAverage();

} // namespace alongside::bench
