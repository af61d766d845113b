#pragma once

#include "documents/LetterRenderOptions.h"
#include "model/EasyReadLetter.h"

#include <QByteArray>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace alongside::core {

// Draws an easy-read letter to the layout rules (EasyReadLayout): A4, picture on the left and
// words on the right for every block, Andika 16 pt (20 pt large print), headings larger,
// ~1.5 line spacing, left aligned, no hyphenation, page numbers, dark on white or pale yellow.
// A block is never split across pages. Pictograms are drawn with QSvgRenderer so they stay
// vectors in the PDF; fonts are embedded. Needs a QGuiApplication.

// Paints onto any paged device: a QPdfWriter, or the QPrinter of a print preview dialog
// (QPrintPreviewDialog::paintRequested). Sets the page to A4 portrait. Returns the page count,
// or 0 if the painter could not start on the device.
int paintLetter(const EasyReadLetter& letter, QPagedPaintDevice& device,
                const LetterRenderOptions& options = {});

// Draws the letter as a PDF onto a device opened for writing (a file is written through
// core/application's writePersonalFile, never opened here). False if it could not be drawn.
bool writeLetterPdf(const EasyReadLetter& letter, QIODevice& device, const LetterRenderOptions& options = {});
// The letter as PDF bytes. Empty on failure.
QByteArray letterPdfBytes(const EasyReadLetter& letter, const LetterRenderOptions& options = {});

} // namespace alongside::core
