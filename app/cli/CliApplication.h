#pragma once

#include <QStringList>

namespace alongside::cli {

// Parses `arguments` (without the program name), runs the command and returns the process
// exit code. Failures are reported as one `alongside-cli: …` line on standard error.
int runCli(const QStringList& arguments);

} // namespace alongside::cli
