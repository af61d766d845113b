#pragma once

#include "BenchReport.h"

#include "storage/store/StoreOptions.h"

#include <QString>
#include <QTextStream>

namespace alongside::bench {

// Issue 14: a 250-case caseload bundled (exported, signed, sealed, written through
// writePersonalFile) and opened in a team leader's store (every check, then the import and the
// record of the bundle in one transaction), under 2 s, key derivation excluded (both stores are
// made with a cheap one). The absolute limit is the target; the plain import of the same case
// file in the same run is reported beside it, as the floor the bundle's own work adds to.
constexpr double kBundleLimitMs = 2000.0;
constexpr int kBundleCases = 250;

void benchBundles(BenchReport& report, const QString& folder, const core::StoreOptions& cheap, int repeat,
                  QTextStream& progress);

} // namespace alongside::bench
