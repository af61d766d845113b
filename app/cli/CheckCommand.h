#pragma once

#include "CommandResult.h"

namespace alongside::cli {

struct CliArguments;

// `check KIND FILE.json`: evaluates a situation or record against the law (docs/checks.md) and
// prints the result as JSON on standard output. Needs no store and no passphrase. A file that
// cannot be read as the kind's input exits 9 with each problem on standard error.
CommandResult runCheck(const CliArguments& arguments);

} // namespace alongside::cli
