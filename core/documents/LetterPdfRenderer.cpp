#include "documents/LetterPdfRenderer.h"
#include "documents/LetterText.h"

#include "documents/LetterPainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>

namespace alongside::core {

namespace {

void describe(QPdfWriter& writer, const EasyReadLetter& letter)
{
    writer.setTitle(LetterText::tr("A letter for %1").arg(letter.recipientName));
    writer.setCreator(QStringLiteral("Alongside"));
    writer.setResolution(1200);
}

} // namespace

int paintLetter(const EasyReadLetter& letter, QPagedPaintDevice& device, const LetterRenderOptions& options)
{
    LetterPainter painter(letter, device, options);
    return painter.paint();
}

QByteArray letterPdfBytes(const EasyReadLetter& letter, const LetterRenderOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        describe(writer, letter);
        if (paintLetter(letter, writer, options) == 0)
            return {};
    } // the writer finishes the file when it goes
    return bytes;
}

QString writeLetterPdf(const EasyReadLetter& letter, const QString& path, const LetterRenderOptions& options)
{
    const QByteArray bytes = letterPdfBytes(letter, options);
    if (bytes.isEmpty())
        return LetterText::tr("The letter could not be drawn.");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
        || !file.flush())
        return LetterText::tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace alongside::core
