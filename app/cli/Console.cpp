#include "Console.h"

#include <cstdio>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace alongside::cli {

namespace {

void writeBytes(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void write(std::FILE* stream, const QString& text)
{
    writeBytes(stream, text.toLocal8Bit());
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

void printErrorDetail(const QString& line)
{
    write(stderr, line + u'\n');
}

void printBytes(const QByteArray& bytes)
{
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY); // the bytes are the file: no \r before each \n
#endif
    writeBytes(stdout, bytes);
}

} // namespace alongside::cli
