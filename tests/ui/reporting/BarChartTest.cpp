#include "reporting/BarChart.h"
#include "reporting/BarCountButton.h"
#include "shell/TextSize.h"

#include "support/Catch.h"

#include <QSignalSpy>
#include <QTest>

using namespace alongside;

namespace {

std::vector<ui::ChartBar> twoBars()
{
    return {{QStringLiteral("Physical Abuse"), 12, {}, {}, {}},
            {QStringLiteral("Sexual Abuse"), 1, {}, {}, {}}};
}

} // namespace

TEST_CASE("each number on a bar chart is a control a screen reader names with its label and count")
{
    ui::BarChart chart;
    chart.setBars(twoBars());
    REQUIRE(chart.countButton(0) != nullptr);
    CHECK(chart.countButton(0)->accessibleName() == QStringLiteral("Physical Abuse: 12 enquiries"));
    CHECK(chart.countButton(1)->accessibleName() == QStringLiteral("Sexual Abuse: 1 enquiry"));
    CHECK(chart.countButton(0)->text() == QStringLiteral("12"));
    CHECK((chart.countButton(0)->focusPolicy() & Qt::TabFocus) == Qt::TabFocus);
    CHECK(chart.countButton(2) == nullptr);
}

TEST_CASE("a number on a bar chart can be chosen with a click, Enter or Space")
{
    ui::BarChart chart;
    chart.setBars(twoBars());
    chart.resize(600, chart.heightForWidth(600));
    chart.show();
    QSignalSpy chosen(&chart, &ui::BarChart::barActivated);
    QTest::mouseClick(chart.countButton(1), Qt::LeftButton);
    chart.countButton(0)->setFocus();
    QTest::keyClick(chart.countButton(0), Qt::Key_Return);
    QTest::keyClick(chart.countButton(0), Qt::Key_Space);
    REQUIRE(chosen.size() == 3);
    CHECK(chosen[0][0].toInt() == 1);
    CHECK(chosen[1][0].toInt() == 0);
    CHECK(chosen[2][0].toInt() == 0);
}

TEST_CASE("a larger count draws a longer bar, and its number sits at the bar's end")
{
    ui::BarChart chart;
    chart.setBars(twoBars());
    chart.resize(600, chart.heightForWidth(600));
    chart.show();
    CHECK(chart.countButton(0)->x() > chart.countButton(1)->x() + 100);
}

TEST_CASE("a share is drawn against the whole, so half is half the room whatever the other bars say")
{
    ui::BarChart chart;
    chart.setBars({{QStringLiteral("Asked"), 5, QStringLiteral("5 of 10 · 50%"), {}, 0.5},
                   {QStringLiteral("Seen alone"), 1, QStringLiteral("1 of 10 · 10%"), {}, 0.1}});
    chart.resize(800, chart.heightForWidth(800));
    chart.show();
    const int start = chart.countButton(1)->x(); // a short bar: close to where bars start
    CHECK(chart.countButton(0)->x() - start < 400);
    CHECK(chart.countButton(0)->text() == QStringLiteral("5 of 10 · 50%"));
}

TEST_CASE("long labels wrap rather than being cut short")
{
    ui::BarChart chart;
    chart.setBars(
        {{QStringLiteral("Enquiry ceased at individual's request and no action taken"), 3, {}, {}, {}}});
    CHECK(chart.heightForWidth(260) > chart.heightForWidth(1200));
}

TEST_CASE("View → Larger text makes a chart's numbers larger too")
{
    ui::BarChart chart;
    chart.setBars(twoBars());
    chart.show();
    const int before = chart.countButton(0)->sizeHint().height();
    const int chartBefore = chart.heightForWidth(600);
    ui::TextSize textSize;
    textSize.setLarger(true);
    QCoreApplication::processEvents();
    CHECK(chart.countButton(0)->sizeHint().height() > before);
    CHECK(chart.heightForWidth(600) > chartBefore);
}
