// The sector outcome measure and the people's words against the hand-counted fixture.

#include "ReportExpectations.h"
#include "ReportFixture.h"

#include "reporting/ReportRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct FixtureStore {
    test::TempStoreFolder folder;
    std::unique_ptr<Store> store = test::createStore(folder.storePath());
    test::ReportFixture fixture{store->database()};
    ReportRepository reports{store->database()};
};

void requireFraction(const ReportFraction& line, const test::ReportFixture& fixture,
                     const std::vector<const char*>& names, int outOf)
{
    INFO(line.key.toStdString());
    CHECK(line.count == static_cast<int>(names.size()));
    CHECK(line.caseIds == fixture.idsOf(names));
    CHECK(line.outOf == outOf);
}

} // namespace

TEST_CASE("the outcome measure counts who was asked, who expressed outcomes and how far they were met")
{
    FixtureStore s;
    const OutcomeMeasure m = s.reports.outcomeMeasure(s.fixture.year);
    CHECK(m.enquiries == 8);
    requireFraction(m.asked, s.fixture, {"E1", "E2", "E3", "E6", "E7"}, 8);
    CHECK(m.asked.percent() == Approx(62.5));
    requireFraction(m.expressed, s.fixture, {"E1", "E2", "E6", "E7"}, 8);
    requireFraction(m.expressedDirectly, s.fixture, {"E1", "E2", "E6"}, 4);
    requireFraction(m.expressedThroughBestInterests, s.fixture, {"E7"}, 4);
    requireFraction(m.expressedThroughAdvocate, s.fixture, {"E2"}, 4);
    requireFraction(m.fullyAchieved, s.fixture, {"E1"}, 4);
    requireFraction(m.partlyAchieved, s.fixture, {"E2"}, 4);
    requireFraction(m.notAchieved, s.fixture, {"E7"}, 4);
    requireFraction(m.fullyOrPartlyAchieved, s.fixture, {"E1", "E2"}, 4);
    CHECK(m.fullyOrPartlyAchieved.percent() == Approx(50.0));
}

TEST_CASE(
    "the outcome measure counts 24 hours on the wall clock, the end of the next day when no time was kept")
{
    FixtureStore s;
    const OutcomeMeasure m = s.reports.outcomeMeasure(s.fixture.year);
    // E3 was 30 minutes late; E4 was never spoken with; E6 three days on. E8 was exactly 24
    // hours on; E2's concern had no time, and it was 23:00 the next day.
    requireFraction(m.seenWithin24Hours, s.fixture, {"E1", "E2", "E5", "E7", "E8"}, 8);
    requireFraction(m.seenAlone, s.fixture, {"E1", "E3", "E5"}, 8);
}

TEST_CASE("advocacy counts as indicated by the latest check, of the enquiries checked, and as provided when "
          "a referral was made")
{
    FixtureStore s;
    const OutcomeMeasure m = s.reports.outcomeMeasure(s.fixture.year);
    // Four never checked: not "not needed", so not in the share.
    requireFraction(m.advocacyChecked, s.fixture, {"E2", "E3", "E6", "E7"}, 8);
    requireFraction(m.advocacyIndicated, s.fixture, {"E2", "E3", "E7"}, 4);
    requireFraction(m.advocacyProvided, s.fixture, {"E2", "E7"}, 3);
}

TEST_CASE("whether they feel safer is a share of those asked, and not asked is kept apart from a no")
{
    FixtureStore s;
    const OutcomeMeasure m = s.reports.outcomeMeasure(s.fixture.year);
    requireFraction(m.askedFeelsSafer, s.fixture, {"E1", "E2", "E3", "E5", "E6", "E7"}, 8);
    requireFraction(m.feelsSafer, s.fixture, {"E1", "E5", "E6", "E7"}, 6);
    requireFraction(m.feelsPartlySafer, s.fixture, {"E2"}, 6);
    requireFraction(m.doesNotFeelSafer, s.fixture, {"E3"}, 6);
}

TEST_CASE("the closing experience questions count who was asked, who answered for them, and what they said")
{
    FixtureStore s;
    const OutcomeMeasure m = s.reports.outcomeMeasure(s.fixture.year);
    requireFraction(m.experienceAsked, s.fixture, {"E1", "E2", "E3", "E6"}, 8);
    requireFraction(m.answeredByRepresentative, s.fixture, {"E2", "E6"}, 4);
    requireFraction(m.listenedTo, s.fixture, {"E1", "E2"}, 4);
    requireFraction(m.listenedToPartly, s.fixture, {"E3"}, 4);
    requireFraction(m.involved, s.fixture, {"E1"}, 4);
    requireFraction(m.involvedPartly, s.fixture, {"E2"}, 4);
}

TEST_CASE("an empty period gives zero, not a division by zero")
{
    FixtureStore s;
    const OutcomeMeasure m = s.reports.outcomeMeasure({QDate(2020, 1, 1), QDate(2020, 12, 31)});
    CHECK(m.enquiries == 0);
    for (const ReportFraction& line : m.lines()) {
        CHECK(line.count == 0);
        CHECK(line.percent() == 0.0);
    }
}

TEST_CASE("the people's words are their current wording of outcomes in their own voice, with initials only")
{
    FixtureStore s;
    const std::vector<PeoplesWords> words = s.reports.peoplesWords(s.fixture.year);
    REQUIRE(words.size() == 4);
    CHECK(words[0].caseId == s.fixture.ids.at(u"E1"_s));
    CHECK(words[0].initials == u"D. M."_s);
    CHECK(words[0].words == u"To feel safe at home, with my cat"_s);
    CHECK(words[0].achievement == u"Fully Achieved"_s);
    CHECK(words[0].closedOn == QDate(2025, 6, 30));
    CHECK(words[1].initials == u"E. E."_s);
    CHECK(words[1].words == u"To choose when I get up"_s); // not the advocate's wording
    CHECK(words[2].words == u"To go home"_s);
    CHECK(words[2].achievement.isEmpty());
    CHECK(words[3].words == u"To see my brother"_s);
    for (const PeoplesWords& row : words)
        CHECK_FALSE(row.initials.contains(u"Dora"_s));
}

TEST_CASE("the dashboard holds every table, the measure and the words for the same period")
{
    FixtureStore s;
    const ReportDashboard dashboard = s.reports.dashboard(s.fixture.year);
    CHECK(dashboard.tables.size() == 8);
    CHECK(dashboard.outcomes.enquiries == 8);
    CHECK(dashboard.peoplesWords.size() == 4);
    CHECK(dashboard.period.from == s.fixture.year.from);
}

TEST_CASE("the dashboard's tables and figures are exactly those of the tables asked for one by one")
{
    FixtureStore s;
    const ReportDashboard dashboard = s.reports.dashboard(s.fixture.year);
    const std::vector<SacTable> tables = s.reports.sacTables(s.fixture.year);
    REQUIRE(dashboard.tables.size() == tables.size());
    for (std::size_t t = 0; t < tables.size(); ++t) {
        INFO(tables[t].key.toStdString());
        REQUIRE(dashboard.tables[t].rows.size() == tables[t].rows.size());
        for (std::size_t r = 0; r < tables[t].rows.size(); ++r)
            CHECK(dashboard.tables[t].rows[r].caseIds == tables[t].rows[r].caseIds);
        CHECK(dashboard.tables[t].enquiryIds == tables[t].enquiryIds);
        CHECK(dashboard.tables[t].ofWhich.size() == tables[t].ofWhich.size());
    }
    const OutcomeMeasure measure = s.reports.outcomeMeasure(s.fixture.year);
    const std::vector<ReportFraction> expected = measure.lines();
    const std::vector<ReportFraction> found = dashboard.outcomes.lines();
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(found[i].caseIds == expected[i].caseIds);
    CHECK(dashboard.peoplesWords.size() == s.reports.peoplesWords(s.fixture.year).size());
    // And nothing is left behind: asking again, or for another period, counts afresh.
    CHECK(s.reports.dashboard({QDate(2025, 4, 1), QDate(2025, 4, 1)}).outcomes.enquiryIds
          == s.fixture.idsOf({"E5"}));
    CHECK(s.reports.riskTypes(s.fixture.year).enquiries == 8);
}
