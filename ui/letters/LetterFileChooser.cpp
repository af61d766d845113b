#include "letters/LetterFileChooser.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace alongside::ui {

namespace {
// A translation context lupdate can see (a free function named tr() would land in the
// namespace's context, and the Welsh would never be found).
struct LetterFileChooserText {
    Q_DECLARE_TR_FUNCTIONS(LetterFileChooser)
};
} // namespace

QString DialogLetterFileChooser::choosePdfLocation(QWidget* parent, const QString& suggested)
{
    // The Save dialog asks before replacing a file that is already there.
    return QFileDialog::getSaveFileName(parent, LetterFileChooserText::tr("Save the letter as a PDF"),
                                        suggested, LetterFileChooserText::tr("PDF documents (*.pdf)"));
}

QString DialogLetterFileChooser::chooseHtmlLocation(QWidget* parent, const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent,
                                        LetterFileChooserText::tr("Save the letter for a screen reader"),
                                        suggested, LetterFileChooserText::tr("Web pages (*.html)"));
}

QString DialogLetterFileChooser::choosePicture(QWidget* parent, const QString& startFolder)
{
    return QFileDialog::getOpenFileName(parent, LetterFileChooserText::tr("Choose a picture of yourself"),
                                        startFolder,
                                        LetterFileChooserText::tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
}

} // namespace alongside::ui
