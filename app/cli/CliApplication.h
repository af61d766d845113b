#pragma once

#include "storage/store/StoreOptions.h"

#include <QStringList>

namespace alongside::cli {

// Parses `arguments` (without the program name), runs the command and returns the process
// exit code. Failures are reported as one `alongside-cli: …` line on standard error.
// `storeOptions` is for programs that embed the commands in tests; alongside-cli's main() never
// passes it, so the shipped tool always derives keys with the production settings.
int runCli(const QStringList& arguments, const core::StoreOptions& storeOptions = {});

} // namespace alongside::cli
