#include "Console.h"

#include <cstdio>

namespace alongside::cli {

namespace {

void write(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printLine(const QString& text)
{
    write(stdout, text + u'\n');
}

void printErrorLine(const QString& message)
{
    write(stderr, QStringLiteral("alongside-cli: ") + message + u'\n');
}

void printPrompt(const QString& prompt)
{
    write(stderr, prompt);
}

} // namespace alongside::cli
