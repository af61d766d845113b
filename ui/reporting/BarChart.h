#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <QFont>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace alongside::ui {

class BarCountButton;

// The labels of every chart shown together on one page, and the widest of them: measured once
// for all the charts that share it (and again only in another font), not once per chart.
class ChartLabelPeers {
public:
    explicit ChartLabelPeers(QStringList labels);
    int widest(const QFont& font) const;

private:
    QStringList m_labels;
    mutable QFont m_measuredIn;
    mutable int m_widest = -1; // -1: to be measured
};

// One bar: a published label in full and its count. What is written at the bar's end and what
// a screen reader says can be richer than the bare number ("17 of 50 · 34%").
struct ChartBar {
    QString label;
    int count = 0;
    QString countText;           // at the bar's end; empty: the count
    QString spokenCount;         // after the label, aloud; empty: the chart's count wording
    std::optional<double> share; // 0..1, the bar as a share of a whole; without: count / largest
};

// A plain horizontal bar chart, drawn with QPainter: labels in full on the left (wrapped, never
// cut short), one bar each in one colour, and the number at the end of the bar. Length carries
// the size and the number says it, so nothing depends on colour. Each number is a control of
// its own (BarCountButton) that Tab reaches and a screen reader names ("Physical Abuse:
// 12 enquiries"); choosing it emits barActivated. Sizes follow the widget's font, so View →
// Larger text grows the chart with everything else.
class BarChart : public QWidget {
    Q_OBJECT

public:
    using CountWording = std::function<QString(int count)>;

    explicit BarChart(QWidget* parent = nullptr);

    // How a count is said aloud: "12 enquiries" by default, "12 people" for people.
    void setCountWording(CountWording wording);
    void setBars(std::vector<ChartBar> bars);
    const std::vector<ChartBar>& bars() const { return m_bars; }
    BarCountButton* countButton(int index) const;
    // Labels of other charts shown with this one: the label column is made wide enough for
    // them too, so the bars of every chart on a page start at the same place.
    void setLabelPeers(std::shared_ptr<const ChartLabelPeers> peers);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void barActivated(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Row {
        QRect label;
        QRect bar; // zero width for a count of 0
        QRect count;
    };
    // The rows laid out for `width`, kept for the last few widths asked: a page's layout asks
    // each chart for its height at the same widths many times over, and wrapping every label
    // each time (text shaping) was most of the time the outcome figures kept the window busy.
    const std::vector<Row>& layoutRows(int width) const;
    std::vector<Row> measureRows(int width) const;
    // The widest label of this chart and its peers.
    int naturalLabelWidth(const QFontMetrics& metrics) const;
    // Labels, counts or font changed: what was measured is measured again when next needed.
    void forgetLayout();
    void placeCounts();
    void placeCountsIfShown();
    QColor barColour() const;

    std::vector<ChartBar> m_bars;
    std::vector<BarCountButton*> m_counts;
    CountWording m_countWording;
    std::shared_ptr<const ChartLabelPeers> m_labelPeers;
    mutable int m_naturalLabelWidth = -1;                                // -1: to be measured
    mutable std::vector<std::pair<int, std::vector<Row>>> m_rowsByWidth; // newest last
};

} // namespace alongside::ui
