#include "reporting/BarChart.h"

#include "reporting/BarCountButton.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace alongside::ui {

namespace {

constexpr int kLabelFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter;

} // namespace

ChartLabelPeers::ChartLabelPeers(QStringList labels) : m_labels(std::move(labels))
{
    m_labels.removeDuplicates();
}

int ChartLabelPeers::widest(const QFont& font) const
{
    if (m_widest < 0 || !(font == m_measuredIn)) {
        const QFontMetrics metrics(font);
        int widest = 0;
        for (const QString& label : m_labels)
            widest = std::max(widest, metrics.horizontalAdvance(label) + 2);
        m_widest = widest;
        m_measuredIn = font;
    }
    return m_widest;
}

BarChart::BarChart(QWidget* parent)
    : QWidget(parent), m_countWording([](int count) {
          return count == 1 ? BarChart::tr("1 enquiry") : BarChart::tr("%1 enquiries").arg(count);
      })
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void BarChart::setCountWording(CountWording wording)
{
    m_countWording = std::move(wording);
    setBars(std::move(m_bars));
}

void BarChart::setBars(std::vector<ChartBar> bars)
{
    m_bars = std::move(bars);
    // Another period's figures for the same table come with the same bars: their number
    // controls are kept and given new words, not made again.
    while (m_counts.size() > m_bars.size()) {
        delete m_counts.back();
        m_counts.pop_back();
    }
    for (std::size_t index = 0; index < m_bars.size(); ++index) {
        if (index == m_counts.size()) {
            auto* count = new BarCountButton(this);
            count->setObjectName(QStringLiteral("barCount%1").arg(index));
            count->setAccessibleDescription(tr("Shows the cases behind this number"));
            count->setToolTip(tr("Show the cases behind this number"));
            connect(count, &QAbstractButton::clicked, this, [this, index] { emit barActivated(int(index)); });
            count->show();
            m_counts.push_back(count);
        }
        const ChartBar& bar = m_bars[index];
        BarCountButton* count = m_counts[index];
        count->setText(bar.countText.isEmpty() ? QString::number(bar.count) : bar.countText);
        const QString said = bar.spokenCount.isEmpty() ? m_countWording(bar.count) : bar.spokenCount;
        count->setAccessibleName(tr("%1: %2").arg(bar.label, said));
    }
    forgetLayout();
    updateGeometry();
    placeCountsIfShown();
    update();
}

BarCountButton* BarChart::countButton(int index) const
{
    return index >= 0 && std::size_t(index) < m_counts.size() ? m_counts[std::size_t(index)] : nullptr;
}

void BarChart::setLabelPeers(std::shared_ptr<const ChartLabelPeers> peers)
{
    if (peers == m_labelPeers)
        return;
    m_labelPeers = std::move(peers);
    forgetLayout();
    updateGeometry();
    placeCountsIfShown();
    update();
}

void BarChart::forgetLayout()
{
    m_naturalLabelWidth = -1;
    m_rowsByWidth.clear();
}

const std::vector<BarChart::Row>& BarChart::layoutRows(int width) const
{
    for (const auto& [measuredAt, rows] : m_rowsByWidth) {
        if (measuredAt == width)
            return rows;
    }
    constexpr std::size_t kWidthsKept = 4;
    if (m_rowsByWidth.size() == kWidthsKept)
        m_rowsByWidth.erase(m_rowsByWidth.begin());
    m_rowsByWidth.emplace_back(width, measureRows(width));
    return m_rowsByWidth.back().second;
}

std::vector<BarChart::Row> BarChart::measureRows(int width) const
{
    const QFontMetrics metrics = fontMetrics();
    const int gap = metrics.height() / 2 + 4;
    const int natural = naturalLabelWidth(metrics);
    // Labels get what they need up to a little under half the width; longer ones wrap.
    const int labelWidth = std::min(natural, std::max(120, width * 45 / 100));
    int countWidth = 0;
    int countHeight = 0;
    for (const BarCountButton* count : m_counts) {
        countWidth = std::max(countWidth, count->sizeHint().width());
        countHeight = std::max(countHeight, count->sizeHint().height());
    }
    const int barLeft = labelWidth + gap;
    const int barRoom = std::max(40, width - barLeft - countWidth - gap);
    int most = 0;
    for (const ChartBar& bar : m_bars)
        most = std::max(most, bar.count);
    const int thickness = metrics.height();

    std::vector<Row> rows;
    int top = 0;
    for (const ChartBar& bar : m_bars) {
        const int labelHeight =
            metrics.boundingRect(QRect(0, 0, labelWidth, 100000), kLabelFlags, bar.label).height();
        const int height = std::max({labelHeight, countHeight, thickness});
        const int middle = top + height / 2;
        // Shares are drawn against the whole (a full bar is 100%); plain counts against the largest.
        const double fraction = bar.share ? std::clamp(*bar.share, 0.0, 1.0)
                                          : (most > 0 ? double(bar.count) / most : 0.0);
        const int length = qRound(barRoom * fraction);
        Row row;
        row.label = QRect(0, top, labelWidth, height);
        row.bar = QRect(barLeft, middle - thickness / 2, length, thickness);
        row.count = QRect(barLeft + length + 4, middle - countHeight / 2, countWidth, countHeight);
        rows.push_back(row);
        top += height + gap / 2;
    }
    return rows;
}

int BarChart::naturalLabelWidth(const QFontMetrics& metrics) const
{
    if (m_naturalLabelWidth < 0) {
        int natural = 0;
        for (const ChartBar& bar : m_bars)
            natural = std::max(natural, metrics.horizontalAdvance(bar.label) + 2);
        if (m_labelPeers)
            natural = std::max(natural, m_labelPeers->widest(font()));
        m_naturalLabelWidth = natural;
    }
    return m_naturalLabelWidth;
}

int BarChart::heightForWidth(int width) const
{
    const std::vector<Row>& rows = layoutRows(width);
    return rows.empty() ? 0 : rows.back().label.bottom() + 1;
}

QSize BarChart::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 70;
    return {width, heightForWidth(width)};
}

QSize BarChart::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 30;
    return {width, heightForWidth(width)};
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const std::vector<Row>& rows = layoutRows(width());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor fill = barColour();
    for (std::size_t index = 0; index < rows.size(); ++index) {
        const Row& row = rows[index];
        painter.setPen(text);
        painter.drawText(row.label, kLabelFlags, m_bars[index].label);
        if (row.bar.width() > 0)
            painter.fillRect(row.bar, fill);
    }
    // The baseline the bars grow from, so a count of 0 still has somewhere to start.
    if (!rows.empty()) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        const int x = rows.front().bar.left();
        painter.drawLine(x, rows.front().label.top(), x, rows.back().label.bottom());
    }
}

void BarChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeCounts();
}

void BarChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        forgetLayout();
        updateGeometry();
        placeCountsIfShown();
        update();
    }
    QWidget::changeEvent(event);
}

void BarChart::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    placeCounts();
}

void BarChart::placeCountsIfShown()
{
    // A chart not yet shown has no width of its own: its counts are placed when it is shown
    // (and on every resize), not measured for a width it will never have.
    if (isVisible())
        placeCounts();
}

void BarChart::placeCounts()
{
    const std::vector<Row> rows = layoutRows(width()); // a copy: moving a count may lay out again
    for (std::size_t index = 0; index < rows.size() && index < m_counts.size(); ++index) {
        const QSize wanted = m_counts[index]->sizeHint();
        m_counts[index]->setGeometry(QRect(rows[index].count.topLeft(), wanted));
    }
}

QColor BarChart::barColour() const
{
    // One calm, dark blue on light backgrounds (over 7:1 against white) and a pale one on dark
    // themes: the bars must stand out as shapes, and nothing is said by colour alone.
    const bool darkTheme = palette().color(QPalette::Window).lightness() < 128;
    return darkTheme ? QColor(0x9c, 0xc3, 0xf5) : QColor(0x1f, 0x4e, 0x8c);
}

} // namespace alongside::ui
