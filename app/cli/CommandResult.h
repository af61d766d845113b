#pragma once

#include "ExitCode.h"

#include "storage/store/StoreError.h"

#include <QString>

namespace alongside::cli {

// How a command ended: an exit code and, unless it succeeded, one line for stderr.
struct CommandResult {
    ExitCode code = ExitCode::Ok;
    QString message; // one line for the person at the keyboard; never a secret
    QString detail;  // technical, shown with --verbose; never a secret

    bool failed() const { return code != ExitCode::Ok; }

    static CommandResult ok() { return {}; }
    static CommandResult usage(const QString& message) { return {ExitCode::Usage, message, {}}; }
    static CommandResult from(const core::StoreError& error)
    {
        return {exitCodeFor(error.kind), error.message, error.detail};
    }
};

} // namespace alongside::cli
