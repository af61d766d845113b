#include "documents/LetterPdfRenderer.h"
#include "documents/LetterText.h"

#include "documents/LetterPainter.h"

#include <QBuffer>
#include <QCoreApplication>
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

bool writeLetterPdf(const EasyReadLetter& letter, QIODevice& device, const LetterRenderOptions& options)
{
    QPdfWriter writer(&device);
    describe(writer, letter);
    return paintLetter(letter, writer, options) > 0;
    // the writer finishes the file when it goes
}

QByteArray letterPdfBytes(const EasyReadLetter& letter, const LetterRenderOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !writeLetterPdf(letter, buffer, options))
        return {};
    return bytes;
}

} // namespace alongside::core
