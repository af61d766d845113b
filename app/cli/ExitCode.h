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
    // A bundle or public-key file is not one, is cut short, was changed, or is from a newer Alongside.
    BundleOrKeyFileRefused = 10,
    // The bundle is sealed to other stores, was signed for other recipients, or was made here.
    NotForThisStore = 11,
    // The bundle's sender is not trusted here or was revoked; or a --to colleague's keys are not trusted.
    NotTrusted = 12,
    // This bundle was opened in this store before.
    AlreadyImported = 13,
    // keys trust or revoke refused: the fingerprint heard differs, own keys, keys revoked before,
    // other keys already trusted for that store, already revoked.
    TrustRefused = 14,
    // A bundle kind this version cannot open yet (return, handover, aggregate).
    NotSupportedYet = 15,
};

ExitCode exitCodeFor(core::StoreErrorKind kind);

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace alongside::cli
