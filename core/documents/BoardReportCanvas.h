#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace alongside::core {

// One row of a figures table in the Board report: a label (published, in full), the number,
// its percentage, and a bar for the share. Sub-counts are indented under the row they split.
struct BoardReportRow {
    QString label;
    QString note; // a quieter second line under the label ("of concluded s.42 enquiries")
    QString count;
    QString percent;
    std::optional<double> share; // 0..1; no bar without it
    QString previous;            // the same figure for the period before, where the report has one
    bool indented = false;
    bool emphasised = false; // totals
    bool smallBase = false;  // the percentage is of fewer than 10: its "*" points to a note
};

// Pages of the Board report as they fill: a cursor down the page, a new page when the next
// piece would not fit, and the footer with "Page n of N" on each. Used twice per report — once
// without a painter to count the pages, then to paint them — so the page count is known when
// the first footer is drawn. Geometry is in device units; sizes are given in points.
class BoardReportCanvas {
public:
    // `painter` null: measure only. `totalPages` 0 while measuring.
    BoardReportCanvas(QPagedPaintDevice& device, QPainter* painter, QString footer, int totalPages);

    double pt(double points) const { return points * m_unitsPerPoint; }
    double width() const { return m_width; }
    double pageHeight() const { return m_bottom; }
    QFont font(double points, bool bold = false) const;

    // Starts a new page unless `height` still fits on this one.
    void keepTogether(double height);
    void space(double points);
    // Wrapped text across the page; returns nothing, moves the cursor below it.
    void paragraph(const QString& text, const QFont& font, const QColor& colour = Qt::black);
    double paragraphHeight(const QString& text, const QFont& font) const;
    void rule();

    // A figures table: a header line with column names, then rows (each kept whole on a page;
    // the header is repeated after a page break). With `previous` the table has a column for
    // the period before, between the percentage and the bar.
    void tableHeader(const QString& label, const QString& count, const QString& percent, const QString& bar,
                     const QString& previous = {});
    void tableRow(const BoardReportRow& row);
    double tableRowHeight(const BoardReportRow& row) const;

    // Two-column rows of words: initials and the person's words (and how it turned out).
    void wordsRow(const QString& initials, const QString& words, const QString& outcome);

    void finish();
    int pageCount() const { return m_page; }

private:
    struct Columns {
        double label, count, percent, previous, bar; // left edges
        double labelWidth, countWidth, percentWidth, previousWidth, barWidth;
    };
    Columns columns() const;
    void newPage();
    void drawFooter();
    QRectF measure(const QString& text, const QFont& font, double width) const;

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    QString m_footer;
    int m_totalPages;
    double m_unitsPerPoint;
    double m_width;
    double m_bottom; // where the body stops, above the footer
    double m_y = 0;
    int m_page = 1;
    QStringList m_header; // the current table's column names, repeated after a page break
};

} // namespace alongside::core
