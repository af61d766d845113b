#pragma once

#include <QString>

namespace alongside::cli {

// Standard output carries results (so `--json` can be piped); standard error carries
// prompts and the one-line `alongside-cli: …` messages.
void printLine(const QString& text);
void printErrorLine(const QString& message);
void printPrompt(const QString& prompt);

} // namespace alongside::cli
