#include "letters/LetterOutput.h"

#include "application/LetterFiles.h"
#include "common/ScreenFit.h"
#include "documents/LetterPdfRenderer.h"
#include "documents/Pictograms.h"
#include "letters/LetterFileChooser.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace alongside::ui {

LetterOutput::LetterOutput(QWidget* owner)
    : QObject(owner), m_owner(owner), m_chooser(std::make_shared<DialogLetterFileChooser>())
{
    connect(&m_pdfTask, &QFutureWatcher<QString>::finished, this, &LetterOutput::pdfFinished);
}

LetterOutput::~LetterOutput()
{
    // The worker holds its own copy of the letter; let it finish writing rather than leave half a file.
    m_pdfTask.waitForFinished();
}

void LetterOutput::setFileChooser(std::shared_ptr<LetterFileChooser> chooser)
{
    m_chooser = std::move(chooser);
}

void LetterOutput::printPreview(const core::EasyReadLetter& letter)
{
    if (m_preview)
        m_preview->close();
    // Opened, not exec()'d: locking closes it like any other dialog, with nothing waiting on it.
    auto* preview = new QPrintPreviewDialog(m_owner);
    preview->setObjectName(QStringLiteral("letterPrintPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Print the letter to %1").arg(letter.recipientName));
    fitToScreen(preview, QSize(900, 760));
    const core::LetterRenderOptions options = m_options;
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
            [letter, options](QPrinter* printer) { core::paintLetter(letter, *printer, options); });
    m_preview = preview;
    preview->open();
}

bool LetterOutput::savePdf(const core::EasyReadLetter& letter)
{
    if (isBusy())
        return false;
    const QString path = m_chooser->choosePdfLocation(m_owner, suggestedPath(letter, QStringLiteral("pdf")));
    if (path.isEmpty())
        return false;
    m_pdfPath = path;
    core::easyReadFontFamily(); // loaded here, on the GUI thread, before the worker draws with it
    const core::LetterRenderOptions options = m_options;
    // The save dialog has already asked before replacing a file that was there.
    m_pdfTask.setFuture(QtConcurrent::run([letter, path, options] {
        return core::writeLetterPdfFile(letter, path, options, core::ExistingFile::Replace).problem;
    }));
    emit busyChanged(true);
    return true;
}

void LetterOutput::pdfFinished()
{
    emit busyChanged(false);
    const QString error = m_pdfTask.result();
    if (error.isEmpty())
        emit saved(m_pdfPath);
    else
        emit failed(error);
}

bool LetterOutput::saveHtml(const core::EasyReadLetter& letter)
{
    const QString path = m_chooser->chooseHtmlLocation(m_owner,
                                                       suggestedPath(letter, QStringLiteral("html")));
    if (path.isEmpty())
        return false;
    const QString error =
        core::writeLetterHtmlFile(letter, path, m_options, core::ExistingFile::Replace).problem;
    if (error.isEmpty())
        emit saved(path);
    else
        emit failed(error);
    return true;
}

QString LetterOutput::suggestedPath(const core::EasyReadLetter& letter, const QString& suffix) const
{
    // Named by the case reference, never the person: "DEMO-004 letter 2026-03-03.pdf".
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(core::letterFileName(letter, suffix));
}

} // namespace alongside::ui
