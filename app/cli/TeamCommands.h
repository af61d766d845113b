#pragma once

#include "CommandResult.h"

#include <QString>

namespace alongside::cli {

struct CliArguments;
class PassphraseSource;

// keys show | list | trust FILE --fingerprint DIGITS | revoke FINGERPRINT [--reason TEXT]
// (docs/cli.md, docs/bundles.md).
CommandResult runKeys(const CliArguments& arguments, PassphraseSource& passphrases);
// bundle make --to KEYFILE [--to KEYFILE ...] (--case REF ... | --all) --out FILE | open FILE
CommandResult runBundle(const CliArguments& arguments, PassphraseSource& passphrases);

// The keys and bundle commands' own argument rules (a usage error, exit 2), or empty when they
// hold; and that no other command was given their options.
QString checkTeamArguments(const CliArguments& arguments);

} // namespace alongside::cli
