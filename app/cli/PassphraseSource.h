#pragma once

#include "CommandResult.h"

#include "storage/keys/SecretBytes.h"

#include <QString>

namespace alongside::cli {

// Which passphrase a command needs: the one that opens the store now, the first one of a
// store being created (init), or the one replacing the current one (passwd).
enum class PassphraseRole { Current, NewStore, Replacement };

// Where passphrases come from, in order of precedence:
//   --passphrase-stdin   one line per passphrase (passwd: current line, then new line);
//   environment          ALONGSIDE_PASSPHRASE (Current, NewStore),
//                        ALONGSIDE_NEW_PASSPHRASE (Replacement);
//   the terminal         a prompt with echo off, only if standard input is a terminal.
// Never the command line.
class PassphraseSource {
public:
    static constexpr auto kCurrentVariable = "ALONGSIDE_PASSPHRASE";
    static constexpr auto kNewVariable = "ALONGSIDE_NEW_PASSPHRASE";

    explicit PassphraseSource(bool fromStandardInput);

    // A usage error if `role` has no source, so a script finds out before any slow work.
    CommandResult checkAvailable(PassphraseRole role) const;

    // Fills `passphrase` or says why not (usage error). A passphrase being chosen (NewStore,
    // Replacement) and typed at the terminal is asked for twice.
    CommandResult read(PassphraseRole role, core::SecretBytes* passphrase);

private:
    enum class Origin { StandardInput, Environment, Terminal, None };
    Origin originFor(PassphraseRole role) const;

    bool m_fromStandardInput = false;
};

} // namespace alongside::cli
