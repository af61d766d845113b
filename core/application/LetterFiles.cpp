#include "application/LetterFiles.h"

#include "documents/LetterHtmlRenderer.h"
#include "documents/LetterPdfRenderer.h"

#include <QCoreApplication>

namespace alongside::core {

// The translation context for what is said about letter files.
struct LetterFilesText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::LetterFilesText)
};

PersonalFileResult writeLetterPdfFile(const EasyReadLetter& letter, const QString& path,
                                      const LetterRenderOptions& options, ExistingFile existing)
{
    return writePersonalFile(
        path, [&letter, &options](QIODevice& device) { return writeLetterPdf(letter, device, options); },
        existing);
}

PersonalFileResult writeLetterHtmlFile(const EasyReadLetter& letter, const QString& path,
                                       const LetterRenderOptions& options, ExistingFile existing)
{
    return writePersonalFile(path, letterHtml(letter, options).toUtf8(), existing);
}

QString letterFileName(const EasyReadLetter& letter, const QString& suffix)
{
    return personalFileName(letter.caseReference, QStringLiteral("letter"), letter.date.toString(Qt::ISODate),
                            suffix);
}

QString letterFileNotEncrypted()
{
    return LetterFilesText::tr("The file is not encrypted. Keep it only on encrypted council storage, and "
                               "delete it once the letter has reached the person.");
}

} // namespace alongside::core
