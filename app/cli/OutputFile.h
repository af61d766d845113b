#pragma once

#include "CommandResult.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace alongside::cli {

// Every file the CLI writes holds personal data (a case file, a letter, a report) and none is
// encrypted, so each goes through core's writePersonalFile: owner-only, whole or not at all, and
// never over a file that is already there (exit 7; an unwritable folder or a full disk, 8).
CommandResult writeOutputFile(const QString& path, const QByteArray& bytes);
CommandResult writeOutputFile(const QString& path, const std::function<bool(QIODevice&)>& writer);

// Refuses a path that is already taken before any work (or any passphrase) is done.
CommandResult refuseIfTaken(const QString& path);

} // namespace alongside::cli
