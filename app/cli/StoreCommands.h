#pragma once

#include "CommandResult.h"

namespace alongside::cli {

struct CliArguments;
class PassphraseSource;

// One function per command, each in its own file. They print results on standard output;
// the caller prints a failure's message on standard error.
CommandResult runInit(const CliArguments& arguments, PassphraseSource& passphrases);
CommandResult runInfo(const CliArguments& arguments, PassphraseSource& passphrases);
CommandResult runVerify(const CliArguments& arguments, PassphraseSource& passphrases);
CommandResult runPasswd(const CliArguments& arguments, PassphraseSource& passphrases);
CommandResult runImport(const CliArguments& arguments, PassphraseSource& passphrases);
CommandResult runExport(const CliArguments& arguments, PassphraseSource& passphrases);

} // namespace alongside::cli
