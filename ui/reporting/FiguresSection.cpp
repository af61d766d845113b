#include "reporting/FiguresSection.h"

#include "common/Card.h"
#include "common/HeadingLabel.h"
#include "documents/BoardReportRows.h"
#include "documents/BoardReportWording.h"
#include "reporting/BarCountButton.h"
#include "reporting/SmallNumbers.h"

#include <QLabel>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

namespace wording = core::boardreport;

// A count as shown: "[c]" where the Board's figures suppress a small number (SmallNumbers.h).
QString shownText(int count)
{
    return core::shownCountText(count);
}

QString enquiries(int count)
{
    return count == 1 ? FiguresSection::tr("1 enquiry")
                      : FiguresSection::tr("%1 enquiries").arg(shownText(count));
}

QString people(int count)
{
    return count == 1 ? FiguresSection::tr("1 person")
                      : FiguresSection::tr("%1 people").arg(shownText(count));
}

// A suppressed count draws no bar: its length would tell what the mark hides.
int barLength(int count)
{
    return std::max(count, 0);
}

// "12 · 24%" at the bar's end; "12 enquiries, 24% of the 50 counted" aloud. With nothing to take
// a share of (nothing recorded), the count alone: a gap is not a 0%.
ChartBar shareBar(const core::ReportCount& count, int outOf, QString (*what)(int) = &enquiries)
{
    ChartBar bar;
    bar.label = count.label;
    bar.count = barLength(count.count);
    const QString percent = wording::percentText(count.count, outOf);
    const bool withShare = wording::share(count.count, outOf).has_value();
    bar.countText = withShare ? FiguresSection::tr("%1 · %2").arg(shownText(count.count), percent)
                              : shownText(count.count);
    bar.spokenCount = withShare
        ? FiguresSection::tr("%1, %2 of %3").arg(what(count.count), percent, shownText(outOf))
        : what(count.count);
    bar.share = wording::share(count.count, outOf);
    return bar;
}

bool isNotRecordedRow(const QString& label)
{
    return label.compare(QStringLiteral("Not recorded"), Qt::CaseInsensitive) == 0;
}

QLabel* quietLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    makeQuiet(label);
    return label;
}

} // namespace

FiguresSection::FiguresSection(const QString& key, QWidget* parent)
    : QWidget(parent),
      m_heading(new HeadingLabel(QString(), HeadingLabel::Level::Section, this)),
      m_description(quietLabel(QString(), this)),
      m_groupsLayout(new QVBoxLayout),
      m_summary(quietLabel(QString(), this))
{
    setObjectName(QStringLiteral("figures-%1").arg(key));
    m_heading->setObjectName(QStringLiteral("figuresHeading"));
    m_summary->setObjectName(QStringLiteral("figuresSummary"));
    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groupsLayout->setSpacing(10);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addLayout(m_groupsLayout);
    layout->addWidget(m_summary);
}

QString FiguresSection::heading() const
{
    return m_heading->text();
}

FiguresSection::Shown FiguresSection::table(const core::SacTable& table)
{
    // As the Board report has them: answers are shares of the enquiries answered; a gap in the
    // record is a share of them all (docs/reporting.md).
    const int answered = core::boardreport::answeredBase(table);
    std::vector<Group> groups(1);
    for (const core::ReportCount& row : table.rows) {
        groups[0].bars.push_back(shareBar(row, isNotRecordedRow(row.label) ? table.enquiries : answered));
        groups[0].caseIds.push_back(row.caseIds);
    }
    if (!table.ofWhich.empty()) {
        // Sub-counts of one row (SG3a: of those who lacked capacity), as shares of that row.
        Group parts;
        parts.caption = wording::ofWhichHeading(table);
        const int base = table.rows.empty() ? 0 : table.rows.front().count;
        for (const core::ReportCount& part : table.ofWhich) {
            core::ReportCount shown = part;
            shown.label = wording::ofWhichLabel(table, part.label);
            parts.bars.push_back(shareBar(shown, base));
            parts.caseIds.push_back(part.caseIds);
        }
        groups.push_back(std::move(parts));
    }
    if (table.notRecorded) {
        Group beside;
        beside.caption = wording::notRecordedNote();
        core::ReportCount unanswered = *table.notRecorded;
        if (unanswered.label.isEmpty())
            unanswered.label = tr("Not recorded");
        beside.bars.push_back(shareBar(unanswered, table.enquiries));
        beside.caseIds.push_back(unanswered.caseIds);
        groups.push_back(std::move(beside));
    }
    QString summary = tr("%1 counted.").arg(enquiries(table.enquiries));
    if (table.manyPerEnquiry && table.total != answered)
        summary = tr("%1 counted; the rows add up to %2 because an enquiry can count in more than one.")
                      .arg(enquiries(table.enquiries), shownText(table.total));
    if (answered == 0 && table.enquiries > 0)
        summary = tr("%1 counted; nothing was recorded for any of them.").arg(enquiries(table.enquiries));
    return {wording::tableHeading(table), table.counts, std::move(groups), summary};
}

FiguresSection::Shown FiguresSection::columnsTable(const core::SacColumnsTable& table)
{
    const bool individuals = table.countsIndividuals();
    std::vector<Group> groups;
    for (const core::SacTable& column : table.byColumn) {
        Group group;
        group.caption = column.title; // the return's column heading
        for (const core::ReportCount& row : column.rows) {
            group.bars.push_back(shareBar(row, column.total, individuals ? &people : &enquiries));
            group.caseIds.push_back(row.caseIds);
        }
        std::vector<core::ReportCount> beside = column.ofWhich;
        if (column.notRecorded)
            beside.insert(beside.begin(), *column.notRecorded);
        for (const core::ReportCount& line : beside) {
            ChartBar bar;
            bar.label = line.label;
            bar.count = barLength(line.count);
            bar.countText = shownText(line.count);
            bar.spokenCount = individuals ? people(line.count) : enquiries(line.count);
            group.bars.push_back(bar);
            group.caseIds.push_back(line.caseIds);
        }
        groups.push_back(std::move(group));
    }
    return {tr("%1 · %2").arg(table.code, table.title), table.counts, std::move(groups), QString()};
}

FiguresSection::Shown FiguresSection::activity(const core::SacDemographics& demographics)
{
    std::vector<Group> groups(1);
    for (const core::ReportCount& row : demographics.activity.rows) {
        ChartBar bar;
        bar.label = row.label;
        bar.count = barLength(row.count);
        bar.countText = shownText(row.count);
        bar.spokenCount = shownText(row.count);
        groups[0].bars.push_back(bar);
        groups[0].caseIds.push_back(row.caseIds);
    }
    return {tr("SG1f · Safeguarding activity"), demographics.activity.counts, std::move(groups),
            tr("%1 involved, each counted once.").arg(people(demographics.individuals))};
}

FiguresSection::Shown FiguresSection::outcomeMeasure(const core::OutcomeMeasure& measure)
{
    // Lines that are shares of the same thing sit together under one caption, so each bar is
    // read against the right whole.
    std::vector<Group> groups;
    QString lastBase;
    for (const core::ReportFraction& line : measure.lines()) {
        const QString base = tr("Of %1 %2").arg(shownText(line.outOf), line.outOfLabel);
        if (groups.empty() || base != lastBase) {
            groups.push_back({});
            groups.back().caption = base;
            lastBase = base;
        }
        ChartBar bar;
        bar.label = line.label;
        bar.count = barLength(line.count);
        const QString percent = wording::percentText(line.count, line.outOf);
        bar.countText = tr("%1 of %2 · %3").arg(shownText(line.count), shownText(line.outOf), percent);
        bar.spokenCount =
            tr("%1 of %2 %3, %4").arg(shownText(line.count), shownText(line.outOf), line.outOfLabel, percent);
        bar.share = wording::share(line.count, line.outOf);
        groups.back().bars.push_back(bar);
        groups.back().caseIds.push_back(line.caseIds);
    }
    return {tr("The sector outcome measure"),
            tr("Whether people were asked what they wanted from safeguarding, whether they could say, and "
               "whether it happened: over %1.")
                .arg(measure.enquiries == 1
                         ? tr("1 concluded section 42 enquiry")
                         : tr("%1 concluded section 42 enquiries").arg(shownText(measure.enquiries))),
            std::move(groups), QString()};
}

void FiguresSection::show(Shown shown, const std::shared_ptr<const ChartLabelPeers>& peers)
{
    m_heading->setText(shown.heading);
    m_description->setText(shown.description);
    m_description->setVisible(!shown.description.isEmpty());
    m_summary->setText(shown.summary);
    m_summary->setVisible(!shown.summary.isEmpty());
    // Counting another period gives the same groups of the same bars: the charts are kept and
    // given the new numbers, which costs the window far less than making them again.
    if (!sameGroupsAs(shown.groups))
        makeGroupWidgets(shown.groups);
    m_caseIds.clear();
    for (std::size_t index = 0; index < shown.groups.size(); ++index) {
        Group& group = shown.groups[index];
        BarChart* chart = m_charts[index];
        chart->setAccessibleName(group.caption.isEmpty() ? shown.heading : group.caption);
        chart->setLabelPeers(peers); // before the bars: the labels are measured once
        chart->setBars(std::move(group.bars));
        m_caseIds.push_back(std::move(group.caseIds));
    }
}

bool FiguresSection::sameGroupsAs(const std::vector<Group>& groups) const
{
    if (groups.size() != m_charts.size())
        return false;
    for (std::size_t index = 0; index < groups.size(); ++index) {
        if (groups[index].caption != m_captions[index])
            return false;
    }
    return true;
}

void FiguresSection::makeGroupWidgets(const std::vector<Group>& groups)
{
    for (QWidget* old : m_groupWidgets)
        delete old;
    m_groupWidgets.clear();
    m_charts.clear();
    m_captions.clear();
    for (const Group& group : groups) {
        auto* box = new QWidget(this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(4);
        if (!group.caption.isEmpty()) {
            auto* caption = new QLabel(group.caption, box);
            caption->setWordWrap(true);
            caption->setTextFormat(Qt::PlainText);
            QFont bold = caption->font();
            bold.setBold(true);
            caption->setFont(bold);
            boxLayout->addWidget(caption);
        }
        auto* chart = new BarChart(box);
        const std::size_t chartIndex = m_charts.size();
        chart->setObjectName(QStringLiteral("figuresChart%1").arg(chartIndex));
        connect(chart, &BarChart::barActivated, this, [this, chart, chartIndex](int index) {
            const std::vector<qint64>& behind = m_caseIds[chartIndex][std::size_t(index)];
            emit casesRequested(QSet<qint64>(behind.begin(), behind.end()),
                                tr("%1: “%2”").arg(heading(), chart->bars()[std::size_t(index)].label));
        });
        boxLayout->addWidget(chart);
        m_groupsLayout->addWidget(box);
        m_groupWidgets.push_back(box);
        m_charts.push_back(chart);
        m_captions.push_back(group.caption);
    }
}

QList<QWidget*> FiguresSection::tabStops() const
{
    QList<QWidget*> stops;
    for (const BarChart* chart : m_charts) {
        for (int index = 0; index < int(chart->bars().size()); ++index)
            stops << chart->countButton(index);
    }
    return stops;
}

} // namespace alongside::ui
