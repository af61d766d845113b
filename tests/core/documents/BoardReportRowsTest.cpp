// What each line of the Board report says, from figures made by hand: a gap in the record is never
// shown as a 0%, the "counts in more than one row" note only where that can happen, small numbers
// marked, SG3a's sub-counts under the question they answer, the period before beside this one.

#include "documents/BoardReportRows.h"
#include "documents/BoardReportWording.h"
#include "support/Catch.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

SacTable table(const char* key, std::vector<std::pair<QString, int>> rows, int enquiries)
{
    SacTable t;
    t.key = QString::fromLatin1(key);
    t.code = t.key.left(4);
    for (const auto& [label, count] : rows) {
        t.rows.push_back({label, count, {}});
        t.total += count;
    }
    t.enquiries = enquiries;
    return t;
}

const BoardReportRow& rowLabelled(const std::vector<BoardReportRow>& rows, const QString& label)
{
    for (const BoardReportRow& row : rows) {
        if (row.label == label)
            return row;
    }
    FAIL("no row " << label.toStdString());
    throw;
}

} // namespace

TEST_CASE("a table where nothing was recorded shows no percentage for its answers, not 0%")
{
    const SacTable capacity = table("SG3a",
                                    {{u"Yes, they lacked capacity"_s, 0},
                                     {u"No, they did not lack capacity"_s, 0},
                                     {u"Don't know"_s, 0},
                                     {u"Not recorded"_s, 12}},
                                    12);
    const std::vector<BoardReportRow> rows = boardreport::tableRows(capacity, nullptr);
    const BoardReportRow& yes = rowLabelled(rows, u"Yes, they lacked capacity"_s);
    CHECK(yes.count == u"0"_s);
    CHECK(yes.percent == u"–"_s);
    CHECK_FALSE(yes.share.has_value());
    const BoardReportRow& gap = rowLabelled(rows, u"Not recorded"_s);
    CHECK(gap.percent == u"100%"_s);
    CHECK(gap.note.contains(u"Not in the percentages"_s));
}

TEST_CASE("answers are shares of the enquiries answered, so a gap does not shrink a real answer")
{
    const SacTable capacity = table("SG3a",
                                    {{u"Yes, they lacked capacity"_s, 3},
                                     {u"No, they did not lack capacity"_s, 9},
                                     {u"Don't know"_s, 0},
                                     {u"Not recorded"_s, 8}},
                                    20);
    const std::vector<BoardReportRow> rows = boardreport::tableRows(capacity, nullptr);
    CHECK(rowLabelled(rows, u"Yes, they lacked capacity"_s).percent == u"25%"_s); // 3 of the 12 answered
    CHECK(rowLabelled(rows, u"Don't know"_s).percent == u"0%"_s);                // a real 0
    CHECK(rowLabelled(rows, u"Not recorded"_s).percent == u"40%"_s);              // 8 of all 20
}

TEST_CASE("only SG2a and SG2b say an enquiry can count in more than one row")
{
    SacTable outcomes = table("SG2c", {{u"Risk identified and action taken"_s, 6}}, 8);
    outcomes.notRecorded = ReportCount{u"Not recorded"_s, 2, {}};
    for (const BoardReportRow& row : boardreport::tableRows(outcomes, nullptr))
        CHECK_FALSE(row.note.contains(u"more than one row"_s));

    SacTable types = table("SG2a", {{u"Physical Abuse"_s, 5}, {u"Financial or Material Abuse"_s, 4}}, 7);
    types.manyPerEnquiry = true;
    types.notRecorded = ReportCount{u"Not recorded"_s, 0, {}};
    const std::vector<BoardReportRow> rows = boardreport::tableRows(types, nullptr);
    CHECK(rowLabelled(rows, u"Enquiries with one recorded"_s).note.contains(u"more than one row"_s));
}

TEST_CASE("a percentage of fewer than ten enquiries is marked, and the report says why")
{
    const SacTable few = table("SG2e", {{u"Risk remained"_s, 1}, {u"Risk reduced"_s, 4}}, 5);
    const std::vector<BoardReportRow> rows = boardreport::tableRows(few, nullptr);
    CHECK(rowLabelled(rows, u"Risk remained"_s).smallBase);
    CHECK(rowLabelled(rows, u"Risk remained"_s).percent == u"20%"_s);
    CHECK(boardreport::anySmallBase(rows));
    CHECK(boardreport::smallNumbersNote().contains(u"1 of 5"_s));

    const SacTable many = table("SG2e", {{u"Risk remained"_s, 10}, {u"Risk reduced"_s, 40}}, 50);
    CHECK_FALSE(boardreport::anySmallBase(boardreport::tableRows(many, nullptr)));
}

TEST_CASE("SG3a's sub-counts sit under the question they answer, each with its own plain label")
{
    SacTable capacity = table("SG3a", {{u"Yes, they lacked capacity"_s, 4}, {u"Not recorded"_s, 0}}, 4);
    capacity.ofWhich = {{u"Of the enquiries recorded as Yes, in how many of these cases was support provided by "
                         u"an advocate, family or friend"_s,
                         2,
                         {}},
                        {u"not supported"_s, 1, {}},
                        {u"not recorded"_s, 1, {}}};
    const std::vector<BoardReportRow> rows = boardreport::tableRows(capacity, nullptr);
    const auto heading = std::find_if(rows.begin(), rows.end(),
                                      [](const BoardReportRow& row) { return row.label.startsWith(u"Of the"_s); });
    REQUIRE(heading != rows.end());
    CHECK(heading->label.contains(u"was an advocate, family member or friend supporting them?"_s));
    CHECK((heading + 1)->label == u"Yes, supported (the return's row)"_s);
    CHECK((heading + 1)->percent == u"50%"_s);
    CHECK((heading + 2)->label == u"No, not supported"_s);
    CHECK((heading + 3)->label == u"Not recorded"_s);
}

TEST_CASE("the period before's figure stands beside each line")
{
    const SacTable now = table("SG2e", {{u"Risk remained"_s, 2}, {u"Risk reduced"_s, 8}}, 10);
    const SacTable before = table("SG2e", {{u"Risk remained"_s, 5}, {u"Risk reduced"_s, 15}}, 20);
    const std::vector<BoardReportRow> rows = boardreport::tableRows(now, &before);
    CHECK(rowLabelled(rows, u"Risk remained"_s).previous == u"5 (25%)"_s);
    CHECK(rowLabelled(rows, u"Total"_s).previous == u"20"_s);
    CHECK(rowLabelled(boardreport::tableRows(now, nullptr), u"Risk remained"_s).previous.isEmpty());

    OutcomeMeasure thisYear;
    thisYear.asked = {u"asked"_s, u"Asked about the outcomes they wanted"_s, 4, 8, u"enquiries"_s, {}};
    OutcomeMeasure lastYear;
    lastYear.asked = {u"asked"_s, u"Asked about the outcomes they wanted"_s, 3, 12, u"enquiries"_s, {}};
    const std::vector<BoardReportRow> measure = boardreport::outcomeRows(thisYear, &lastYear);
    CHECK(rowLabelled(measure, u"Asked about the outcomes they wanted"_s).previous == u"3 of 12 (25%)"_s);
}

TEST_CASE("the financial year before is the comparison for a financial year, else as many days before")
{
    const ReportPeriod year{QDate(2025, 4, 1), QDate(2026, 3, 31)};
    CHECK(year.previous().from == QDate(2024, 4, 1));
    CHECK(year.previous().to == QDate(2025, 3, 31));
    const ReportPeriod quarter{QDate(2026, 1, 1), QDate(2026, 3, 31)}; // 90 days
    CHECK(quarter.previous().to == QDate(2025, 12, 31));
    CHECK(quarter.previous().from.daysTo(quarter.previous().to) == quarter.from.daysTo(quarter.to));
}
