#pragma once

#include <QtGlobal>

namespace alongside::bench {

// Peak resident set size of this process so far (VmHWM in /proc/self/status), in KiB;
// -1 where /proc is not available.
qint64 peakResidentKiB();

} // namespace alongside::bench
