#include "documents/LetterPainter.h"

#include "documents/EasyReadLetterBuilder.h"
#include "documents/LetterKeepTogether.h"
#include "documents/LetterText.h"
#include "documents/PdfFonts.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextOption>

namespace alongside::core {

namespace {

// Dark on white (or pale yellow): never light text on dark (easy-read layout rules).
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kPaleYellow(0xff, 0xf8, 0xd6);

QString printedSentence(const LetterSentence& sentence)
{
    // The person's own words, in quotation marks, exactly as they said them.
    return sentence.ownWords ? QStringLiteral("\u201C%1\u201D").arg(sentence.text) : sentence.text;
}

} // namespace

// One thing placed on a page: a run of text lines, or a picture-and-words block.
struct LetterPainter::Item {
    int page = 0;
    double y = 0;      // top, in device units, on its page
    double height = 0; // including the space after it
    double x = 0;
    QString picture;                                 // blocks only
    std::vector<std::unique_ptr<QTextLayout>> lines; // laid out at x=0, y from the item top
};

LetterPainter::LetterPainter(const EasyReadLetter& letter, QPagedPaintDevice& device,
                             const LetterRenderOptions& options)
    : m_letter(letter),
      m_device(device),
      m_options(options),
      m_layout(letter.largePrint ? EasyReadLayout::largePrint() : EasyReadLayout::standard()),
      m_pictograms(options.councilPicturesFolder)
{
    m_layout.paleYellowPaper = letter.tint == PaperTint::PaleYellow;
    // Names printed in the letter, kept whole on one line.
    m_names = letter.readerNames;
    m_names << letter.contactName << letter.peopleNamed;
    if (letter.readerNames.size() >= 2)
        m_names << letter.readerNames.front() + u' ' + letter.readerNames.back();
}

LetterPainter::~LetterPainter() = default;

double LetterPainter::pt(double points) const
{
    return points * m_device.logicalDpiY() / 72.0;
}

std::unique_ptr<LetterPainter::Item> LetterPainter::textItem(const QString& text, const QFont& font,
                                                             double width, double spaceAfter)
{
    auto item = std::make_unique<Item>();
    auto layout = std::make_unique<QTextLayout>(keepTogether(text, m_names), font, &m_device);
    QTextOption option(Qt::AlignLeft); // left aligned, ragged right; QTextLayout never hyphenates
    option.setWrapMode(QTextOption::WordWrap);
    layout->setTextOption(option);
    // About 1.5 line spacing: each line steps 1.5 times the type size.
    const double step = pt(font.pointSizeF() * m_layout.lineSpacing);
    double y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y + (step - line.height()) / 2));
        y += step;
    }
    layout->endLayout();
    item->height = y + spaceAfter;
    item->lines.push_back(std::move(layout));
    return item;
}

std::unique_ptr<LetterPainter::Item> LetterPainter::blockItem(const LetterBlock& block)
{
    const double picture = pt(m_layout.pictureSize);
    const double gap = pt(18);
    const double textWidth = m_content.width() - picture - gap;
    auto item = std::make_unique<Item>();
    item->picture = block.pictogram;
    double y = 0;
    for (const LetterSentence& sentence : block.sentences) {
        auto text = textItem(printedSentence(sentence), m_body, textWidth, pt(m_layout.bodyPointSize * 0.35));
        text->lines.front()->setPosition(QPointF(picture + gap, y));
        y += text->height;
        item->lines.push_back(std::move(text->lines.front()));
    }
    item->height = std::max(y, picture) + pt(m_layout.bodyPointSize * 0.6);
    return item;
}

void LetterPainter::newPage()
{
    ++m_page;
    m_y = m_content.top();
}

void LetterPainter::placeItem(std::unique_ptr<Item> item, double keepBelow)
{
    // A heading needs room for the start of what follows it (keepBelow), so it is never left
    // alone at the foot of a page.
    if (m_y > m_content.top() && m_y + item->height + keepBelow > m_content.bottom())
        newPage();
    item->page = m_page;
    item->y = m_y;
    item->x = m_content.left();
    m_y += item->height;
    m_items.push_back(std::move(item));
}

void LetterPainter::layOut()
{
    const QString family = easyReadFontFamily();
    m_body = QFont(family);
    m_body.setPointSizeF(m_layout.bodyPointSize);
    m_body.setHintingPreference(QFont::PreferNoHinting);
    preventLigatures(m_body);
    m_heading = m_body;
    m_heading.setPointSizeF(m_layout.headingPointSize);
    m_heading.setBold(true); // headings are the one place bold is used without a reason in the words
    m_title = m_heading;
    m_title.setPointSizeF(m_layout.headingPointSize + 6);

    const QRectF page = m_device.pageLayout().fullRectPoints();
    // Room for the page number, and the draft warning's line when there is one.
    const double footer = pt(m_layout.bodyPointSize * (m_options.draft ? 4.0 : 2.5));
    m_content = QRectF(pt(m_layout.pageMargins.left()), pt(m_layout.pageMargins.top()),
                       pt(page.width() - m_layout.pageMargins.left() - m_layout.pageMargins.right()),
                       pt(page.height() - m_layout.pageMargins.top() - m_layout.pageMargins.bottom())
                           - footer);
    m_page = 0;
    m_y = m_content.top();

    placeItem(textItem(LetterText::tr("A letter for %1").arg(m_letter.recipientName), m_title,
                       m_content.width(), pt(4)),
              0);
    QString dateLine = easyReadDate(m_letter.date, m_letter.language);
    placeItem(textItem(dateLine, m_body, m_content.width(), pt(m_layout.bodyPointSize)), 0);
    for (const LetterSection& section : m_letter.sections) {
        if (section.blocks.empty())
            continue;
        // "Who to contact" is what the person looks for when they need help: the names, the
        // numbers and 999 are kept together on one page, never one line left on a page alone.
        if (section.kind == LetterSectionKind::WhoToContact) {
            double whole = textItem(section.heading, m_heading, m_content.width(),
                                    pt(m_layout.bodyPointSize * 0.6))
                               ->height;
            for (const LetterBlock& block : section.blocks)
                whole += blockItem(block)->height;
            if (m_y > m_content.top() && m_y + whole > m_content.bottom() && whole <= m_content.height())
                newPage();
        }
        // The heading stays with its first block, or with as much of it as starts a page part.
        const double firstBlock = std::min(blockItem(section.blocks.front())->height, smallestBlockPart());
        placeItem(textItem(section.heading, m_heading, m_content.width(), pt(m_layout.bodyPointSize * 0.6)),
                  firstBlock);
        for (const LetterBlock& block : section.blocks)
            placeBlock(block);
    }
}

double LetterPainter::smallestBlockPart() const
{
    // The picture and the space under it: the least of a block that starts a page.
    return pt(m_layout.pictureSize) + pt(m_layout.bodyPointSize * 0.6);
}

namespace {

// "You told us you wanted:" belongs with the words after it.
bool leadsIntoNext(const LetterSentence& sentence)
{
    return sentence.text.trimmed().endsWith(u':');
}

} // namespace

void LetterPainter::placeBlock(LetterBlock block)
{
    // Blocks flow so pages are full: a block that does not fit in what is left of the page is
    // carried over between sentences (never inside one, so a quote is never split), its
    // picture with the first part. If not even the picture and one sentence fit, the block
    // starts the next page.
    for (;;) {
        auto item = blockItem(block);
        const double room = m_content.bottom() - m_y;
        if (item->height <= room) {
            placeItem(std::move(item), 0);
            return;
        }
        std::size_t fits = 0;
        LetterBlock part{block.pictogram, {}};
        for (std::size_t i = 0; i + 1 < block.sentences.size(); ++i) {
            part.sentences.push_back(block.sentences[i]);
            if (blockItem(part)->height > room)
                break;
            if (!leadsIntoNext(block.sentences[i]))
                fits = i + 1;
        }
        if (fits == 0 && m_y > m_content.top()) {
            newPage();
            continue;
        }
        fits = std::max<std::size_t>(fits, 1); // taller than a page even alone: print it anyway
        if (fits >= block.sentences.size()) {
            placeItem(std::move(item), 0);
            return;
        }
        LetterBlock first{
            block.pictogram,
            {block.sentences.begin(), block.sentences.begin() + static_cast<std::ptrdiff_t>(fits)}};
        placeItem(blockItem(first), 0);
        block = LetterBlock{
            QString(), {block.sentences.begin() + static_cast<std::ptrdiff_t>(fits), block.sentences.end()}};
        newPage();
    }
}

void LetterPainter::paintPicture(QPainter& painter, const QString& id, const QRectF& box) const
{
    if (id == QLatin1String(pictogram::PractitionerPhoto)) {
        const QByteArray& picture = m_letter.practitionerPicture;
        if (!picture.isEmpty()) {
            QSvgRenderer vector(picture);
            if (vector.isValid()) {
                vector.render(&painter, box);
                return;
            }
            const QImage photo = QImage::fromData(picture);
            if (!photo.isNull()) {
                const QSizeF size = QSizeF(photo.size()).scaled(box.size(), Qt::KeepAspectRatio);
                painter.drawImage(QRectF(box.topLeft(), size), photo);
                return;
            }
        }
        m_pictograms.paint(painter, QStringLiteral("care-worker"), box);
        return;
    }
    m_pictograms.paint(painter, id, box);
}

void LetterPainter::paintPage(QPainter& painter, int page, int pageCount)
{
    if (m_layout.paleYellowPaper)
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(m_device.width(), m_device.height())), kPaleYellow);
    painter.setPen(kInk);
    const double picture = pt(m_layout.pictureSize);
    for (const auto& item : m_items) {
        if (item->page != page)
            continue;
        if (!item->picture.isEmpty())
            paintPicture(painter, item->picture, QRectF(item->x, item->y, picture, picture));
        for (const auto& lines : item->lines)
            lines->draw(&painter, QPointF(item->x, item->y));
    }
    // Page numbers on every page; a draft says so on every page, on its own line above, so it
    // is never sent unseen and never crowds the page number off the page.
    QFont footerFont = m_body;
    const double line = pt(m_layout.bodyPointSize * m_layout.lineSpacing);
    QRectF footerBox(m_content.left(), m_content.bottom() + pt(m_layout.bodyPointSize), m_content.width(),
                     line);
    if (m_options.draft) {
        footerFont.setBold(true);
        painter.setFont(footerFont);
        painter.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter,
                         LetterText::tr("DRAFT: not yet checked. Do not send."));
        footerBox.translate(0, line);
        footerFont.setBold(false);
    }
    painter.setFont(footerFont);
    painter.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter,
                     LetterText::tr("Page %1 of %2").arg(page + 1).arg(pageCount));
}

int LetterPainter::paint()
{
    m_device.setPageSize(QPageSize(QPageSize::A4));
    m_device.setPageOrientation(QPageLayout::Portrait);
    m_device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    layOut();
    const int pageCount = m_page + 1;
    QPainter painter;
    if (!painter.begin(&m_device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            m_device.newPage();
        paintPage(painter, page, pageCount);
    }
    painter.end();
    return pageCount;
}

} // namespace alongside::core
