#pragma once

#include <QString>
#include <QStringList>

namespace alongside::bench {

struct BenchOptions {
    int cases = 5000;
    int notes = 100000;
    int repeat = 7;
    bool keyDerivation = true; // --no-kdf skips the slow Argon2id row
    int enquiries = 50000;     // issue 6: the reporting store (--enquiries 0 skips the reports)
    bool reportsOnly = false;  // --reports-only: only the reporting rows
    bool bundlesOnly = false;  // --bundles-only: only the bundle row (issue 14)
    bool caseloadOnly = false; // --caseload-only: only the caseload screenful rows (issue 14)
    QString jsonPath;          // empty: no JSON file
};

// Parses argv (without the program name). On a bad argument returns false and says why.
bool parseBenchOptions(const QStringList& arguments, BenchOptions* options, QString* problem);
QString benchUsage();

} // namespace alongside::bench
