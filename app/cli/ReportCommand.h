#pragma once

#include "CommandResult.h"

#include <QString>

namespace alongside::cli {

struct CliArguments;
class PassphraseSource;

// report sac | outcomes --from DATE --to DATE [--csv DIR] [--pdf FILE]: the SAC tables or the
// outcome measure for a period, as JSON on standard output (docs/cli.md, docs/reporting.md).
CommandResult runReport(const CliArguments& arguments, PassphraseSource& passphrases);

// The report command's own argument rules (a usage error, exit 2), or empty when they hold:
// a kind of report, two real days in order, --csv and --pdf with sac only; and that no other
// command was given report's options.
QString checkReportArguments(const CliArguments& arguments);

} // namespace alongside::cli
