#include "Terminal.h"

#include "Console.h"

#include "storage/keys/SecretBytes.h"

#include <cstdio>

#ifdef _WIN32
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace alongside::cli {

namespace {

void makeStandardInputUnbuffered()
{
    // Must precede the first read; nothing else in the CLI reads standard input.
    static const bool done = std::setvbuf(stdin, nullptr, _IONBF, 0) == 0;
    (void)done;
}

#ifndef _WIN32
termios g_savedTerminal{};
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreEchoAndReraise(int signalNumber)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Echo off for its lifetime; a signal that ends the process turns it back on first, so the
// person is not left with a terminal that shows nothing they type.
class EchoOff {
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        for (const int signalNumber : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            std::signal(signalNumber, restoreEchoAndReraise);
        g_echoOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0 ? 1 : 0;
    }
    ~EchoOff()
    {
        if (g_echoOff)
            tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        g_echoOff = 0;
        for (const int signalNumber : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            std::signal(signalNumber, SIG_DFL);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
};
#endif

} // namespace

bool standardInputIsTerminal()
{
#ifdef _WIN32
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

LineStatus readStandardInputLine(QString* line)
{
    makeStandardInputUnbuffered();
    core::SecretBytes buffer(static_cast<std::size_t>(kMaxPassphraseBytes));
    std::size_t used = 0;
    bool sawAnything = false;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF) {
            if (!sawAnything)
                return LineStatus::EndOfInput;
            break;
        }
        sawAnything = true;
        if (c == '\n')
            break;
        if (used == buffer.size()) {
            int rest = c;
            while (rest != '\n' && rest != EOF)
                rest = std::fgetc(stdin);
            return LineStatus::TooLong;
        }
        buffer.data()[used++] = static_cast<unsigned char>(c);
    }
    if (used > 0 && buffer.data()[used - 1] == '\r')
        --used; // a line written on Windows
    *line = QString::fromUtf8(buffer.chars(), static_cast<qsizetype>(used));
    return LineStatus::Read;
}

LineStatus readHiddenLine(const QString& prompt, QString* line)
{
#ifdef _WIN32
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD savedMode = 0;
    GetConsoleMode(input, &savedMode);
    SetConsoleMode(input, savedMode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    printPrompt(prompt); // only once echo is off, so nothing typed after it can show
    // ReadConsoleW gives the characters typed whatever the console's code page.
    wchar_t typed[kMaxPassphraseBytes] = {};
    DWORD count = 0;
    const BOOL ok = ReadConsoleW(input, typed, kMaxPassphraseBytes - 1, &count, nullptr);
    SetConsoleMode(input, savedMode);
    printPrompt(QStringLiteral("\n"));
    if (!ok) {
        SecureZeroMemory(typed, sizeof typed);
        return LineStatus::EndOfInput;
    }
    DWORD length = count;
    while (length > 0 && (typed[length - 1] == L'\n' || typed[length - 1] == L'\r'))
        --length;
    const bool complete = length < count; // the line ending arrived, so nothing was cut off
    *line = QString::fromWCharArray(typed, static_cast<qsizetype>(length));
    SecureZeroMemory(typed, sizeof typed);
    return complete ? LineStatus::Read : LineStatus::TooLong;
#else
    LineStatus status = LineStatus::EndOfInput;
    {
        const EchoOff quiet;
        printPrompt(prompt); // only once echo is off, so nothing typed after it can show
        status = readStandardInputLine(line);
    }
    printPrompt(QStringLiteral("\n")); // the Enter the person pressed was not echoed
    return status;
#endif
}

} // namespace alongside::cli
