#include "ExitCode.h"

namespace alongside::cli {

ExitCode exitCodeFor(core::StoreErrorKind kind)
{
    using core::StoreErrorKind;
    switch (kind) {
    case StoreErrorKind::None:
        return ExitCode::Ok;
    case StoreErrorKind::NotFound:
    case StoreErrorKind::AlreadyExists:
        return ExitCode::NotFoundOrExists;
    case StoreErrorKind::WrongPassphrase:
        return ExitCode::WrongPassphrase;
    case StoreErrorKind::Damaged:
    case StoreErrorKind::NotAStore:
    case StoreErrorKind::NewerSchema: // not readable by this build, so the same answer to a script
        return ExitCode::NotAStoreOrDamaged;
    case StoreErrorKind::InUse:
        return ExitCode::InUse;
    case StoreErrorKind::WeakPassphrase:
        return ExitCode::PassphraseRejected;
    case StoreErrorKind::Io:
        return ExitCode::Io;
    case StoreErrorKind::NotSqlCipher:
        return ExitCode::Unexpected; // a broken build, not anything the user did
    }
    return ExitCode::Unexpected;
}

} // namespace alongside::cli
