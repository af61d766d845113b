// The report figures as JSON (alongside-cli report) and the people's words as CSV.

#include "reporting/ReportJson.h"
#include "reporting/CsvWriter.h"
#include "support/Catch.h"

#include <QJsonArray>

using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("an outcome line with nothing to take a share of has no percentage, not a made-up 0 %")
{
    OutcomeMeasure measure;
    measure.period = {QDate(2025, 4, 1), QDate(2026, 3, 31)};
    measure.asked = {u"asked"_s, u"Asked"_s, 0, 0, u"enquiries"_s, {}};
    measure.expressed = {u"expressed"_s, u"Expressed"_s, 2, 3, u"enquiries"_s, {1, 2}};
    const QJsonObject json = outcomeMeasureJson(measure);
    const QJsonArray lines = json.value(u"measures"_s).toArray();
    REQUIRE(lines.size() == static_cast<qsizetype>(measure.lines().size()));
    CHECK(lines[0].toObject().value(u"percent"_s).isNull());
    CHECK(lines[1].toObject().value(u"percent"_s).toDouble() == Approx(66.7));
    CHECK(json.value(u"period"_s).toObject().value(u"to"_s).toString() == u"2026-03-31"_s);
}

TEST_CASE("a SAC table's JSON has every row, its total, and its not recorded only where it has one")
{
    SacTable table;
    table.key = u"SG2e"_s;
    table.code = u"SG2e"_s;
    table.rows = {{u"Risk remained"_s, 1, {4}}, {u"Risk reduced"_s, 0, {}}, {u"Risk removed"_s, 2, {5, 6}}};
    table.total = 3;
    table.enquiries = 4;
    table.notRecorded = ReportCount{u"Not recorded"_s, 1, {7}};
    const QJsonObject json = sacTablesJson({QDate(2025, 4, 1), QDate(2026, 3, 31)}, {table});
    const QJsonObject first = json.value(u"tables"_s).toArray().at(0).toObject();
    CHECK(first.value(u"rows"_s).toArray().size() == 3);
    CHECK(first.value(u"rows"_s).toArray().at(1).toObject().value(u"count"_s).toInt() == 0);
    CHECK(first.value(u"total"_s).toInt() == 3);
    CHECK(first.value(u"notRecorded"_s).toInt() == 1);
    CHECK_FALSE(first.contains(u"ofWhich"_s));
    CHECK_FALSE(first.contains(u"caseIds"_s)); // counts only
}

TEST_CASE("the people's words export as initials and words, quoted where a comma or quote needs it")
{
    const std::vector<PeoplesWords> words = {
        {12, u"D. M."_s, u"To feel safe, at home"_s, u"Fully Achieved"_s, QDate(2025, 6, 30)},
        {13, u"E. E."_s, u"No more \"visits\""_s, {}, QDate(2025, 9, 1)}};
    const QByteArray csv = CsvWriter::peoplesWords(words);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("D. M.,\"To feel safe, at home\",Fully Achieved,2025-06-30\r\n"));
    CHECK(csv.contains("E. E.,\"No more \"\"visits\"\"\",,2025-09-01\r\n"));
    CHECK_FALSE(csv.contains("12")); // no case ids
}
