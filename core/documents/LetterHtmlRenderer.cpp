#include "documents/LetterHtmlRenderer.h"
#include "documents/LetterKeepTogether.h"
#include "documents/LetterText.h"

#include "documents/EasyReadLayout.h"
#include "documents/EasyReadLetterBuilder.h"
#include "documents/Pictograms.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QStringList>

namespace alongside::core {

namespace {

QString mimeOf(const QByteArray& picture)
{
    if (picture.startsWith("\x89PNG"))
        return QStringLiteral("image/png");
    if (picture.startsWith("\xFF\xD8"))
        return QStringLiteral("image/jpeg");
    return QStringLiteral("image/svg+xml");
}

QString dataUri(const QByteArray& bytes, const QString& mime)
{
    return QStringLiteral("data:%1;base64,%2").arg(mime, QString::fromLatin1(bytes.toBase64()));
}

QString pictureHtml(const EasyReadLetter& letter, const Pictograms& pictograms, const QString& id, int size)
{
    if (id.isEmpty())
        return {};
    QString source;
    QString alt = Pictograms::altText(id);
    QString shown = id;
    if (id == QLatin1String(pictogram::PractitionerPhoto)) {
        if (!letter.practitionerPicture.isEmpty())
            source = dataUri(letter.practitionerPicture, mimeOf(letter.practitionerPicture));
        shown = QStringLiteral("care-worker");
    }
    if (source.isEmpty()) {
        const QByteArray vector = pictograms.svg(shown);
        if (!vector.isEmpty()) {
            source = dataUri(vector, QStringLiteral("image/svg+xml"));
        } else {
            const QImage raster = pictograms.image(shown, QSize(size * 2, size * 2));
            if (raster.isNull())
                return {};
            // A council PNG: embedded as PNG so the page needs no other files.
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            raster.save(&buffer, "PNG");
            source = dataUri(png, QStringLiteral("image/png"));
        }
    }
    return QStringLiteral("<img src=\"%1\" alt=\"%2\" width=\"%3\" height=\"%3\">")
        .arg(source, alt.toHtmlEscaped())
        .arg(size);
}

// Dates, phone numbers, names and "s.42" stay on one line, as in the PDF.
QString sentenceHtml(const LetterSentence& sentence, const QStringList& names)
{
    const QString text = keepTogether(sentence.text, names).toHtmlEscaped();
    return sentence.ownWords ? QStringLiteral("<p><q>%1</q></p>").arg(text)
                             : QStringLiteral("<p>%1</p>").arg(text);
}

} // namespace

QString letterHtml(const EasyReadLetter& letter, const LetterRenderOptions& options)
{
    QStringList names = letter.readerNames;
    names << letter.contactName << letter.peopleNamed;
    const EasyReadLayout layout = letter.largePrint ? EasyReadLayout::largePrint()
                                                    : EasyReadLayout::standard();
    const Pictograms pictograms(options.councilPicturesFolder);
    const int picture = static_cast<int>(layout.pictureSize);
    const QString title = LetterText::tr("A letter for %1").arg(letter.recipientName);
    QStringList html;
    html << QStringLiteral("<!DOCTYPE html>")
         << QStringLiteral("<html lang=\"%1\">").arg(letter.language.toHtmlEscaped())
         << QStringLiteral("<head>") << QStringLiteral("<meta charset=\"utf-8\">")
         << QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         << QStringLiteral("<title>%1</title>").arg(title.toHtmlEscaped())
         << QStringLiteral("<style>")
         // The same rules as the printed letter: a clear sans-serif, large type, 1.5 line
         // spacing, left aligned, picture on the left, dark on white or pale yellow.
         << QStringLiteral("body{font-family:Andika,Arial,sans-serif;font-size:%1pt;line-height:1.5;"
                           "color:#1a1a1a;background:%2;max-width:44em;margin:2em auto;padding:0 1em;"
                           "text-align:left;hyphens:none}")
                .arg(layout.bodyPointSize)
                .arg(letter.tint == PaperTint::PaleYellow ? QStringLiteral("#fff8d6")
                                                          : QStringLiteral("#ffffff"))
         << QStringLiteral("h1{font-size:%1pt}h2{font-size:%2pt;margin-top:1.5em}")
                .arg(layout.headingPointSize + 6)
                .arg(layout.headingPointSize)
         << QStringLiteral(".block{display:flex;gap:1em;align-items:flex-start;margin:0 0 1em}"
                           ".block img{flex:none}.block p{margin:0 0 .35em}q{quotes:\"\\201C\" \"\\201D\"}"
                           ".draft{font-weight:bold;border:3px solid #1a1a1a;padding:.5em}")
         << QStringLiteral("</style>") << QStringLiteral("</head>") << QStringLiteral("<body>")
         << QStringLiteral("<main>");
    if (options.draft)
        html << QStringLiteral("<p class=\"draft\">%1</p>")
                    .arg(LetterText::tr("DRAFT: not yet checked. Do not send.").toHtmlEscaped());
    html << QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped())
         << QStringLiteral("<p>%1</p>").arg(easyReadDate(letter.date, letter.language).toHtmlEscaped());
    for (const LetterSection& section : letter.sections) {
        if (section.blocks.empty())
            continue;
        html << QStringLiteral("<section>")
             << QStringLiteral("<h2>%1</h2>").arg(section.heading.toHtmlEscaped());
        for (const LetterBlock& block : section.blocks) {
            html << QStringLiteral("<div class=\"block\">")
                 << pictureHtml(letter, pictograms, block.pictogram, picture) << QStringLiteral("<div>");
            for (const LetterSentence& sentence : block.sentences)
                html << sentenceHtml(sentence, names);
            html << QStringLiteral("</div>") << QStringLiteral("</div>");
        }
        html << QStringLiteral("</section>");
    }
    html << QStringLiteral("</main>") << QStringLiteral("</body>") << QStringLiteral("</html>");
    return html.join(u'\n') + u'\n';
}

} // namespace alongside::core
