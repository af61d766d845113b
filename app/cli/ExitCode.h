#pragma once

#include "storage/store/StoreError.h"

namespace alongside::cli {

// The process's exit status. Scripts depend on these numbers: never renumber one, and keep
// docs/cli.md's table in step.
enum class ExitCode : int {
    Ok = 0,
    Unexpected = 1,
    Usage = 2,
    WrongPassphrase = 3,
    NotAStoreOrDamaged = 4,
    InUse = 5,
    PassphraseRejected = 6,
    NotFoundOrExists = 7,
    Io = 8,
    // The case file, or a check's input, was refused (its problems are listed); nothing written.
    ImportRejected = 9,
};

ExitCode exitCodeFor(core::StoreErrorKind kind);

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace alongside::cli
