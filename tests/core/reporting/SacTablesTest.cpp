// The SAC tables against the hand-counted fixture (ReportFixture.h says what each case is).

#include "ReportExpectations.h"
#include "ReportFixture.h"

#include "model/SacCategories.h"
#include "reporting/ReportRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;
using test::ExpectedRow;

namespace {

struct FixtureStore {
    test::TempStoreFolder folder;
    std::unique_ptr<Store> store = test::createStore(folder.storePath());
    test::ReportFixture fixture{store->database()};
    ReportRepository reports{store->database()};
};

} // namespace

TEST_CASE("SG2a counts an enquiry once in each of its types of risk, concluded in the year only")
{
    FixtureStore s;
    const SacTable table = s.reports.riskTypes(s.fixture.year);
    CHECK(table.code == u"SG2a"_s);
    test::requireRows(table, s.fixture,
                      {{u"Physical Abuse"_s, {"E1", "E3"}},
                       {u"Sexual Abuse"_s, {"E8"}},
                       {u"Psychological Abuse"_s, {"E3"}},
                       {u"Financial or Material Abuse"_s, {"E1", "E4"}},
                       {u"Discriminatory Abuse"_s, {}},
                       {u"Organisational Abuse"_s, {"E7"}},
                       {u"Neglect and Acts of Omission"_s, {"E2"}},
                       {u"Domestic Abuse"_s, {"E3"}},
                       {u"Sexual Exploitation"_s, {"E6"}},
                       {u"Modern Slavery"_s, {"E8"}},
                       {u"Self-Neglect"_s, {"E5"}}});
    CHECK(table.total == 12);
    CHECK(table.enquiries == 8);
    CHECK(table.enquiryIds == s.fixture.idsOf({"E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8"}));
    REQUIRE(table.notRecorded);
    CHECK(table.notRecorded->count == 0);
}

TEST_CASE("SG2b counts where the risk was, once in each location an enquiry has, with missing locations "
          "kept apart as not recorded")
{
    FixtureStore s;
    const SacTable table = s.reports.riskLocations(s.fixture.year);
    CHECK(table.code == u"SG2b"_s);
    CHECK(table.key == u"SG2b-location"_s);
    test::requireRows(table, s.fixture,
                      {{u"Own Home"_s, {"E1", "E3"}},
                       {u"In the Community"_s, {"E1", "E8"}},
                       {u"Community Service"_s, {}},
                       {u"Care Home – Nursing"_s, {"E7"}},
                       {u"Care Home – Residential"_s, {"E2"}},
                       {u"Hospital – Acute"_s, {}},
                       {u"Hospital – Mental Health"_s, {"E6"}},
                       {u"Hospital – Community"_s, {}},
                       {u"Other"_s, {"E5", "E8"}}});
    CHECK(table.total == 9); // E1 and E8 each in two rows
    REQUIRE(table.notRecorded);
    test::requireCount(*table.notRecorded, s.fixture, {"E4"});
    CHECK(table.enquiries == 8);
}

TEST_CASE("SG2b counts who the risk came from, once in each type of source an enquiry has, with missing "
          "sources kept apart as not recorded")
{
    FixtureStore s;
    const SacTable table = s.reports.riskSources(s.fixture.year);
    CHECK(table.key == u"SG2b-source"_s);
    test::requireRows(table, s.fixture,
                      {{u"Service Provider"_s, {"E1", "E2", "E6", "E7"}},
                       {u"Other – Known to individual"_s, {"E1", "E5"}},
                       {u"Other – Unknown to individual"_s, {"E4", "E6", "E8"}}});
    CHECK(table.total == 9); // E1 and E6 each in two rows
    CHECK(table.enquiries == 8);
    REQUIRE(table.notRecorded);
    test::requireCount(*table.notRecorded, s.fixture, {"E3"});
}

TEST_CASE("SG2c counts each concluded enquiry's risk assessment outcome")
{
    FixtureStore s;
    const SacTable table = s.reports.riskAssessmentOutcomes(s.fixture.year);
    test::requireRows(table, s.fixture,
                      {{u"Risk identified and action taken"_s, {"E1", "E2", "E6"}},
                       {u"Risk identified and no action taken"_s, {}},
                       {u"Risk Assessment inconclusive and action taken"_s, {"E5"}},
                       {u"Risk Assessment inconclusive and no action taken"_s, {}},
                       {u"No risk identified and action taken"_s, {"E8"}},
                       {u"No risk identified and no action taken"_s, {"E3"}},
                       {u"Enquiry ceased at individual's request and no action taken"_s, {"E7"}}});
    CHECK(table.total == 7);
    REQUIRE(table.notRecorded);
    test::requireCount(*table.notRecorded, s.fixture, {"E4"});
}

TEST_CASE("SG2e counts the risk outcome only where action was taken")
{
    FixtureStore s;
    const SacTable table = s.reports.riskOutcomes(s.fixture.year);
    test::requireRows(
        table, s.fixture,
        {{u"Risk remained"_s, {"E6"}}, {u"Risk reduced"_s, {"E1", "E8"}}, {u"Risk removed"_s, {"E5"}}});
    CHECK(table.total == 4);
    REQUIRE(table.notRecorded);
    test::requireCount(*table.notRecorded, s.fixture, {"E2"});
    CHECK(table.enquiries == 5);
}

TEST_CASE("SG3a counts lacking capacity with not recorded, and of the Yes who was supported")
{
    FixtureStore s;
    const SacTable table = s.reports.lackingCapacity(s.fixture.year);
    test::requireRows(table, s.fixture,
                      {{u"Yes, they lacked capacity"_s, {"E2", "E3", "E6", "E7"}},
                       {u"No, they did not lack capacity"_s, {"E1", "E8"}},
                       {u"Don't know"_s, {"E5"}},
                       {u"Not recorded"_s, {"E4"}}});
    CHECK(table.total == 8);
    CHECK_FALSE(table.notRecorded);
    REQUIRE(table.ofWhich.size() == 3);
    test::requireCount(table.ofWhich[0], s.fixture, {"E2", "E7"});
    test::requireCount(table.ofWhich[1], s.fixture, {"E3"});
    test::requireCount(table.ofWhich[2], s.fixture, {"E6"});
    CHECK(table.ofWhich[0].label.contains(u"support provided by an advocate, family or friend"_s));
}

TEST_CASE("SG4a counts whether people were asked about outcomes, with a missing answer as Not Recorded")
{
    FixtureStore s;
    const SacTable table = s.reports.mspAsked(s.fixture.year);
    test::requireRows(table, s.fixture,
                      {{u"Yes they were asked and outcomes were expressed"_s, {"E1", "E2", "E6", "E7"}},
                       {u"Yes they were asked but no outcomes were expressed"_s, {"E3"}},
                       {u"No"_s, {"E5"}},
                       {u"Don't Know"_s, {"E8"}},
                       {u"Not Recorded"_s, {"E4"}}});
    CHECK(table.total == 8);
    CHECK_FALSE(table.notRecorded);
}

TEST_CASE("SG4a grades each enquiry's outcomes: all fully, fully; all not, not; a mix, partially")
{
    FixtureStore s;
    const SacTable table = s.reports.outcomesAchieved(s.fixture.year);
    test::requireRows(
        table, s.fixture,
        {{u"Fully Achieved"_s, {"E1"}}, {u"Partially Achieved"_s, {"E2"}}, {u"Not Achieved"_s, {"E7"}}});
    CHECK(table.total == 3);
    REQUIRE(table.notRecorded);
    test::requireCount(*table.notRecorded, s.fixture, {"E6"});
}

TEST_CASE("every table lists the published labels verbatim, in order, even with nothing to count")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    const ReportRepository reports(store->database());
    const std::vector<SacTable> tables = reports.sacTables({QDate(2025, 4, 1), QDate(2026, 3, 31)});
    REQUIRE(tables.size() == 8);
    const std::vector<QStringList> published = {
        sac::riskTypes(),    sac::riskLocations(),   sac::riskSources(),     sac::riskAssessmentOutcomes(),
        sac::riskOutcomes(), sac::capacityAnswers(), sac::mspAskedAnswers(), sac::outcomeAchievements()};
    for (std::size_t t = 0; t < tables.size(); ++t) {
        INFO(tables[t].key.toStdString());
        QStringList labels;
        for (const ReportCount& row : tables[t].rows) {
            labels << row.label;
            CHECK(row.count == 0);
        }
        CHECK(labels == published[t]);
        CHECK(tables[t].total == 0);
    }
}

TEST_CASE("a period with only its first and last days counts the enquiries closed on them")
{
    FixtureStore s;
    const SacTable first = s.reports.riskTypes({QDate(2025, 4, 1), QDate(2025, 4, 1)});
    CHECK(first.enquiryIds == s.fixture.idsOf({"E5"}));
    const SacTable last = s.reports.riskTypes({QDate(2026, 3, 31), QDate(2026, 3, 31)});
    CHECK(last.enquiryIds == s.fixture.idsOf({"E4"}));
}
