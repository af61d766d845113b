#pragma once

#include "CommandResult.h"

#include <QCoreApplication>

#include <memory>

namespace alongside::cli {

struct CliArguments;
class PassphraseSource;

// letter: the easy-read outcome letter for one case, as PDF (and HTML). Needs a
// QGuiApplication (fonts, QPdfWriter): see createCliApplication.
CommandResult runLetter(const CliArguments& arguments, PassphraseSource& passphrases);
// plain-check: the easy-read word rules on a text file; findings as JSON on standard output.
CommandResult runPlainCheck(const CliArguments& arguments);

// The application object for this run: a QGuiApplication only when something is drawn (the
// letter command, or report's --pdf), with the offscreen platform when there is no display;
// otherwise a plain QCoreApplication, so store administration never needs a display server.
std::unique_ptr<QCoreApplication> createCliApplication(int& argc, char** argv);

} // namespace alongside::cli
