#include "documents/BoardReportCanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace alongside::core {

namespace {

constexpr double kBodyPoints = 10.5;
constexpr double kFooterPoints = 8.5;
constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
const QColor kQuiet(0x40, 0x40, 0x40); // over 10:1 on white: quieter, still easy to read
const QColor kBar(0x1f, 0x4e, 0x8c);   // the dashboard's bar colour
const QColor kTrack(0x8a, 0x8a, 0x8a);

} // namespace

BoardReportCanvas::BoardReportCanvas(QPagedPaintDevice& device, QPainter* painter, QString footer,
                                     int totalPages)
    : m_device(device),
      m_painter(painter),
      m_footer(std::move(footer)),
      m_totalPages(totalPages),
      m_unitsPerPoint(device.logicalDpiY() / 72.0),
      m_width(device.width())
{
    const QFontMetricsF footerMetrics(font(kFooterPoints), &m_device);
    m_bottom = device.height() - footerMetrics.height() - pt(14);
}

QFont BoardReportCanvas::font(double points, bool bold) const
{
    // DejaVu Sans where it is installed (Linux), else the platform's sans serif. Qt embeds the
    // glyphs it uses as a subset, so the PDF reads the same everywhere and its text extracts.
    QFont chosen(QStringLiteral("DejaVu Sans"));
    chosen.setStyleHint(QFont::SansSerif);
    chosen.setPointSizeF(points);
    chosen.setBold(bold);
    // No ligatures: "fi" drawn as one glyph comes out of the PDF as "ﬁ", so a reader who
    // copies or searches for "identified" would not find it. Qt shapes without ligatures when
    // letter spacing is set; a hundredth of a percent is invisible.
    chosen.setLetterSpacing(QFont::PercentageSpacing, 100.01);
    return chosen;
}

QRectF BoardReportCanvas::measure(const QString& text, const QFont& font, double width) const
{
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), kWrap, text);
}

void BoardReportCanvas::keepTogether(double height)
{
    if (m_y > 0 && m_y + height > m_bottom)
        newPage();
}

void BoardReportCanvas::space(double points)
{
    m_y += pt(points);
}

double BoardReportCanvas::paragraphHeight(const QString& text, const QFont& font) const
{
    return measure(text, font, m_width).height();
}

void BoardReportCanvas::paragraph(const QString& text, const QFont& font, const QColor& colour)
{
    const double height = paragraphHeight(text, font);
    keepTogether(height);
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(QRectF(0, m_y, m_width, height), kWrap, text);
    }
    m_y += height;
}

void BoardReportCanvas::rule()
{
    keepTogether(pt(6));
    if (m_painter) {
        m_painter->setPen(QPen(kTrack, pt(0.5)));
        m_painter->drawLine(QPointF(0, m_y + pt(3)), QPointF(m_width, m_y + pt(3)));
    }
    m_y += pt(6);
}

BoardReportCanvas::Columns BoardReportCanvas::columns() const
{
    const double gap = pt(8);
    const bool previous = m_header.size() > 4 && !m_header[4].isEmpty();
    Columns c{};
    c.labelWidth = m_width * (previous ? 0.40 : 0.46);
    c.countWidth = m_width * (previous ? 0.11 : 0.13);
    c.percentWidth = m_width * 0.09;
    c.previousWidth = previous ? m_width * 0.15 : 0;
    c.label = 0;
    c.count = c.label + c.labelWidth + gap;
    c.percent = c.count + c.countWidth + gap;
    c.previous = c.percent + c.percentWidth + gap;
    c.bar = c.previous + (previous ? c.previousWidth + gap : 0);
    c.barWidth = std::max(pt(20), m_width - c.bar);
    return c;
}

void BoardReportCanvas::tableHeader(const QString& label, const QString& count, const QString& percent,
                                    const QString& bar, const QString& previous)
{
    m_header = {label, count, percent, bar, previous};
    const QFont bold = font(kBodyPoints - 1, true);
    const Columns c = columns();
    const double height = std::max({measure(label, bold, c.labelWidth).height(),
                                    measure(count, bold, c.countWidth).height(),
                                    measure(bar, bold, c.barWidth).height(),
                                    c.previousWidth > 0 ? measure(previous, bold, c.previousWidth).height() : 0.0})
        + pt(4);
    // A header alone at the foot of a page helps nobody: keep it with a row or two.
    keepTogether(height + pt(40));
    if (m_painter) {
        m_painter->setFont(bold);
        m_painter->setPen(kQuiet);
        m_painter->drawText(QRectF(c.label, m_y, c.labelWidth, height), kWrap, label);
        m_painter->drawText(QRectF(c.count, m_y, c.countWidth, height), kWrap | Qt::AlignRight, count);
        m_painter->drawText(QRectF(c.percent, m_y, c.percentWidth, height), kWrap | Qt::AlignRight, percent);
        if (c.previousWidth > 0)
            m_painter->drawText(QRectF(c.previous, m_y, c.previousWidth, height), kWrap | Qt::AlignRight,
                                previous);
        m_painter->drawText(QRectF(c.bar, m_y, c.barWidth, height), kWrap, bar);
        m_painter->setPen(QPen(kTrack, pt(0.5)));
        m_painter->drawLine(QPointF(0, m_y + height - pt(1)), QPointF(m_width, m_y + height - pt(1)));
    }
    m_y += height + pt(2);
}

double BoardReportCanvas::tableRowHeight(const BoardReportRow& row) const
{
    const Columns c = columns();
    const double indent = row.indented ? pt(14) : 0;
    double height = measure(row.label, font(kBodyPoints, row.emphasised), c.labelWidth - indent).height();
    if (!row.note.isEmpty())
        height += measure(row.note, font(kBodyPoints - 1.5), c.labelWidth - indent).height();
    return height + pt(5);
}

void BoardReportCanvas::tableRow(const BoardReportRow& row)
{
    const double height = tableRowHeight(row);
    if (m_y > 0 && m_y + height > m_bottom) {
        newPage();
        if (!m_header.isEmpty()) {
            const QStringList header = m_header;
            tableHeader(header[0], header[1], header[2], header[3], header[4]);
        }
    }
    if (m_painter) {
        const Columns c = columns();
        const double indent = row.indented ? pt(14) : 0;
        const QFont body = font(kBodyPoints, row.emphasised);
        const QFontMetricsF metrics(body, &m_device);
        m_painter->setFont(body);
        m_painter->setPen(Qt::black);
        const QRectF label = measure(row.label, body, c.labelWidth - indent);
        m_painter->drawText(QRectF(c.label + indent, m_y, c.labelWidth - indent, label.height()), kWrap,
                            row.label);
        m_painter->drawText(QRectF(c.count, m_y, c.countWidth, metrics.height()), kWrap | Qt::AlignRight,
                            row.count);
        m_painter->drawText(QRectF(c.percent, m_y, c.percentWidth, metrics.height()), kWrap | Qt::AlignRight,
                            row.smallBase ? row.percent + QLatin1Char('*') : row.percent);
        if (c.previousWidth > 0)
            m_painter->drawText(QRectF(c.previous, m_y, c.previousWidth, metrics.height()),
                                kWrap | Qt::AlignRight, row.previous);
        if (!row.note.isEmpty()) {
            const QFont quiet = font(kBodyPoints - 1.5);
            m_painter->setFont(quiet);
            m_painter->setPen(kQuiet);
            m_painter->drawText(QRectF(c.label + indent, m_y + label.height(), c.labelWidth - indent,
                                       measure(row.note, quiet, c.labelWidth - indent).height()),
                                kWrap, row.note);
        }
        if (row.share) {
            // Vectors, not pictures: a hairline box for the whole (100%) and a filled bar for
            // the share, on the first line of the row.
            const double barHeight = metrics.height() * 0.7;
            const double top = m_y + (metrics.height() - barHeight) / 2;
            m_painter->setPen(QPen(kTrack, pt(0.5)));
            m_painter->setBrush(Qt::NoBrush);
            m_painter->drawRect(QRectF(c.bar, top, c.barWidth, barHeight));
            const double length = c.barWidth * std::clamp(*row.share, 0.0, 1.0);
            if (length > 0)
                m_painter->fillRect(QRectF(c.bar, top, length, barHeight), kBar);
        }
    }
    m_y += height;
}

void BoardReportCanvas::wordsRow(const QString& initials, const QString& words, const QString& outcome)
{
    const QFont body = font(kBodyPoints);
    const QFont quiet = font(kBodyPoints - 1.5);
    const double initialsWidth = m_width * 0.14;
    const double wordsLeft = initialsWidth + pt(8);
    const double wordsWidth = m_width - wordsLeft;
    const double wordsHeight = measure(words, body, wordsWidth).height();
    const double outcomeHeight = outcome.isEmpty() ? 0 : measure(outcome, quiet, wordsWidth).height();
    const double initialsHeight = measure(initials, font(kBodyPoints, true), initialsWidth).height();
    const double height = std::max(initialsHeight, wordsHeight + outcomeHeight) + pt(6);
    keepTogether(height);
    if (m_painter) {
        m_painter->setFont(font(kBodyPoints, true));
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, initialsWidth, initialsHeight), kWrap, initials);
        m_painter->setFont(body);
        m_painter->drawText(QRectF(wordsLeft, m_y, wordsWidth, wordsHeight), kWrap, words);
        if (!outcome.isEmpty()) {
            m_painter->setFont(quiet);
            m_painter->setPen(kQuiet);
            m_painter->drawText(QRectF(wordsLeft, m_y + wordsHeight, wordsWidth, outcomeHeight), kWrap,
                                outcome);
        }
    }
    m_y += height;
}

void BoardReportCanvas::newPage()
{
    if (m_painter) {
        drawFooter();
        m_device.newPage();
    }
    ++m_page;
    m_y = 0;
}

void BoardReportCanvas::finish()
{
    if (m_painter)
        drawFooter();
}

void BoardReportCanvas::drawFooter()
{
    const QFont small = font(kFooterPoints);
    const QFontMetricsF metrics(small, &m_device);
    const double top = m_device.height() - metrics.height();
    m_painter->setFont(small);
    m_painter->setPen(kQuiet);
    m_painter->drawText(QRectF(0, top, m_width * 0.75, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        m_footer);
    const QString page = QCoreApplication::translate("alongside::core::BoardReport", "Page %1 of %2")
                             .arg(m_page)
                             .arg(m_totalPages);
    m_painter->drawText(QRectF(m_width * 0.75, top, m_width * 0.25, metrics.height()),
                        Qt::AlignRight | Qt::AlignVCenter, page);
}

} // namespace alongside::core
