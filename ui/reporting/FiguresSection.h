#pragma once

#include "reporting/BarChart.h"
#include "reporting/OutcomeMeasure.h"
#include "reporting/SacDemographics.h"
#include "reporting/SacTable.h"

#include <QSet>
#include <QWidget>

#include <memory>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace alongside::ui {

class HeadingLabel;

// One block of the outcome figures: a heading, what it counts, and one or more bar charts
// (a SAC table and its sub-counts; the outcome measure grouped by what each line is a share
// of). Every number opens the cases behind it (casesRequested).
//
// What a section shows is worked out first, without widgets (the static functions below), so
// that a page can measure every label of every section before laying out any chart, and show
// its sections one at a time.
class FiguresSection : public QWidget {
    Q_OBJECT

public:
    struct Group {
        QString caption;
        std::vector<ChartBar> bars;
        std::vector<std::vector<qint64>> caseIds;
    };
    struct Shown {
        QString heading;
        QString description;
        std::vector<Group> groups;
        QString summary;
    };
    static Shown outcomeMeasure(const core::OutcomeMeasure& measure);
    static Shown table(const core::SacTable& table);
    // SG1a-SG1e: one chart per column of the return (concerns, s.42 enquiries, other enquiries).
    static Shown columnsTable(const core::SacColumnsTable& table);
    // SG1f, with the number of individuals.
    static Shown activity(const core::SacDemographics& demographics);

    explicit FiguresSection(const QString& key, QWidget* parent = nullptr);

    // `peers`: every label on the page, so that the bars of all its charts start at one place.
    void show(Shown shown, const std::shared_ptr<const ChartLabelPeers>& peers);

    QString heading() const;
    // The charts as shown, top to bottom (for tests and Tab order).
    const std::vector<BarChart*>& charts() const { return m_charts; }
    QList<QWidget*> tabStops() const;

signals:
    // `what` names the number in words: "SG2a · Type of risk: “Physical Abuse”".
    void casesRequested(const QSet<qint64>& caseIds, const QString& what);

private:
    bool sameGroupsAs(const std::vector<Group>& groups) const;
    void makeGroupWidgets(const std::vector<Group>& groups);

    HeadingLabel* m_heading;
    QLabel* m_description;
    QVBoxLayout* m_groupsLayout;
    QLabel* m_summary;
    std::vector<QWidget*> m_groupWidgets;
    std::vector<BarChart*> m_charts;
    std::vector<QString> m_captions;                         // per chart, as shown above it
    std::vector<std::vector<std::vector<qint64>>> m_caseIds; // per chart, per bar
};

} // namespace alongside::ui
