#pragma once

#include <QCoreApplication>

namespace alongside::cli {

// The translation context for the CLI's user-visible text: CliText::tr("…").
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(alongside::cli::CliText)
};

} // namespace alongside::cli
