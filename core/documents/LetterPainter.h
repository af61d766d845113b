#pragma once

#include "documents/EasyReadLayout.h"
#include "documents/LetterRenderOptions.h"
#include "documents/Pictograms.h"
#include "model/EasyReadLetter.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace alongside::core {

// Lays out and paints one letter on a paged device, in the device's own units (points are
// converted with its resolution, so 16 pt is 16 pt on a 1200 dpi PDF and on a printer).
// Two passes: first every item is placed on a page (blocks carried over between sentences so
// pages are full, a heading kept with its first block), then pages are painted knowing the
// page count for "Page 1 of 3".
class LetterPainter {
public:
    LetterPainter(const EasyReadLetter& letter, QPagedPaintDevice& device,
                  const LetterRenderOptions& options);
    ~LetterPainter();

    int paint(); // the page count; 0 if the painter could not start

private:
    struct Item;
    void layOut();
    void newPage();
    void placeItem(std::unique_ptr<Item> item, double keepBelow);
    void placeBlock(LetterBlock block);
    double smallestBlockPart() const;
    std::unique_ptr<Item> textItem(const QString& text, const QFont& font, double width, double spaceAfter);
    std::unique_ptr<Item> blockItem(const LetterBlock& block);
    void paintPage(QPainter& painter, int page, int pageCount);
    void paintPicture(QPainter& painter, const QString& id, const QRectF& box) const;
    double pt(double points) const;

    const EasyReadLetter& m_letter;
    QPagedPaintDevice& m_device;
    LetterRenderOptions m_options;
    EasyReadLayout m_layout;
    Pictograms m_pictograms;
    QFont m_body;
    QFont m_heading;
    QFont m_title;
    QStringList m_names; // kept whole on one line
    QRectF m_content;    // the page inside the margins, above the footer
    std::vector<std::unique_ptr<Item>> m_items;
    int m_page = 0;
    double m_y = 0;
};

} // namespace alongside::core
