#pragma once

#include <QString>

namespace alongside::cli {

// Standard output carries results (so `--json` can be piped); standard error carries
// prompts and the one-line `alongside-cli: …` messages.
void printLine(const QString& text);
void printErrorLine(const QString& message);
void printPrompt(const QString& prompt);
// A line of detail under an error (an import problem), on standard error, without the prefix.
void printErrorDetail(const QString& line);
// Bytes exactly as given (an exported case file, already UTF-8), on standard output.
void printBytes(const QByteArray& bytes);

} // namespace alongside::cli
