#pragma once

#include <QString>

namespace alongside::cli {

enum class LineStatus { Read, EndOfInput, TooLong };

// Longest passphrase line accepted, in bytes of UTF-8.
constexpr int kMaxPassphraseBytes = 1024;

bool standardInputIsTerminal();

// One line from standard input, without its line ending. The bytes pass through guarded
// memory only; standard input is read unbuffered so no copy lingers in a stdio buffer.
// The caller owns `line` and must wipe it (SecretBytes::takeUtf8 does).
LineStatus readStandardInputLine(QString* line);

// Shows `prompt` on standard error and reads one line from the terminal with echo off,
// restoring the terminal afterwards (also if the person presses Ctrl+C).
LineStatus readHiddenLine(const QString& prompt, QString* line);

} // namespace alongside::cli
