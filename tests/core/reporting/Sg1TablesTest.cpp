// SAC SG1 against the hand-counted fixture (ReportFixture.h): every row of every column, the
// individuals counted and the very cases behind them. Individuals count once in a column however
// many cases they had; SG1d and SG1f count the cases themselves.

#include "ReportExpectations.h"
#include "ReportFixture.h"

#include "model/SacCategories.h"
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
    SacDemographics sg1 = reports.demographics(fixture.year);

    const SacColumnsTable& table(const QString& key) const
    {
        for (const SacColumnsTable& candidate : sg1.tables) {
            if (candidate.key == key)
                return candidate;
        }
        FAIL("no table " << key.toStdString());
        throw;
    }
};

// One expected row of one column: the return's label, how many it counts, and the cases behind.
struct Row {
    QString label;
    int count;
    std::vector<const char*> cases;
};

void requireColumn(const SacTable& column, const test::ReportFixture& fixture, const std::vector<Row>& expected)
{
    REQUIRE(column.rows.size() == expected.size());
    int total = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(column.key.toStdString() << " · " << column.title.toStdString() << " · "
                                      << expected[i].label.toStdString());
        CHECK(column.rows[i].label == expected[i].label);
        CHECK(column.rows[i].count == expected[i].count);
        CHECK(column.rows[i].caseIds == fixture.idsOf(expected[i].cases));
        total += expected[i].count;
    }
    CHECK(column.total == total);
}

const QString kConcerns = u"Individuals Involved In Safeguarding Concerns"_s;
const QString kSection42 = u"Individuals Involved In Section 42 Safeguarding Enquiries"_s;
const QString kOther = u"Individuals Involved In Other Safeguarding Enquiries"_s;

} // namespace

TEST_CASE("SG1 has the return's tables, in order, each with the three columns the return asks for")
{
    FixtureStore s;
    REQUIRE(s.sg1.tables.size() == 5);
    CHECK(s.sg1.tables[0].key == u"SG1a"_s);
    CHECK(s.sg1.tables[1].key == u"SG1b"_s);
    CHECK(s.sg1.tables[2].key == u"SG1c"_s);
    CHECK(s.sg1.tables[3].key == u"SG1d"_s);
    CHECK(s.sg1.tables[4].key == u"SG1e"_s);
    CHECK(s.table(u"SG1a"_s).columns == QStringList{kConcerns, kSection42, kOther});
    CHECK(s.sg1.activity.key == u"SG1f"_s);
    // Fifteen adults at risk: Dora and Olu once each though each had two cases; the two Fays twice.
    CHECK(s.sg1.individuals == 15);
}

TEST_CASE("SG1a counts each individual once by age on the last day of the year, edges included, with "
          "unknown ages and under-18s beside the bands")
{
    FixtureStore s;
    const SacColumnsTable& ages = s.table(u"SG1a"_s);
    REQUIRE(ages.byColumn.size() == 3);
    requireColumn(ages.byColumn[0], s.fixture,
                  {{u"18-64"_s, 4, {"E2", "E6", "X3", "X5"}},
                   {u"65-74"_s, 2, {"E8", "X2"}},
                   {u"75-84"_s, 3, {"E1", "S1", "X4", "S6", "S3"}},
                   {u"85-94"_s, 2, {"E4", "E7"}},
                   {u"95+"_s, 1, {"E3"}}});
    REQUIRE(ages.byColumn[0].notRecorded);
    CHECK(ages.byColumn[0].notRecorded->count == 1); // Quin: no date of birth
    CHECK(ages.byColumn[0].notRecorded->caseIds == s.fixture.idsOf({"X6"}));
    REQUIRE(ages.byColumn[0].ofWhich.size() == 1);
    CHECK(ages.byColumn[0].ofWhich[0].count == 1); // Uma, 17
    CHECK(ages.byColumn[0].ofWhich[0].caseIds == s.fixture.idsOf({"S5"}));

    requireColumn(ages.byColumn[1], s.fixture,
                  {{u"18-64"_s, 3, {"E2", "E6", "X3"}},
                   {u"65-74"_s, 2, {"E8", "X2"}},
                   {u"75-84"_s, 1, {"E1", "S1"}},
                   {u"85-94"_s, 3, {"E4", "E7", "S2"}},
                   {u"95+"_s, 1, {"E3"}}});
    CHECK(ages.byColumn[1].notRecorded->count == 0);
    CHECK(ages.byColumn[1].ofWhich.empty());

    requireColumn(ages.byColumn[2], s.fixture,
                  {{u"18-64"_s, 0, {}}, {u"65-74"_s, 0, {}}, {u"75-84"_s, 1, {"X4", "S6"}}, {u"85-94"_s, 0, {}},
                   {u"95+"_s, 0, {}}});
}

TEST_CASE("SG1b counts each individual once by gender; nothing recorded counts as Not Known and is shown")
{
    FixtureStore s;
    const SacColumnsTable& genders = s.table(u"SG1b"_s);
    requireColumn(genders.byColumn[0], s.fixture,
                  {{u"Male"_s, 6, {"E2", "E8", "X2", "X3", "X4", "S6", "S3"}},
                   {u"Female"_s, 6, {"E1", "S1", "E3", "E7", "X5", "X6", "S5"}},
                   {u"Not Known"_s, 2, {"E4", "E6"}}});
    REQUIRE(genders.byColumn[0].ofWhich.size() == 1);
    CHECK(genders.byColumn[0].ofWhich[0].count == 1);
    CHECK(genders.byColumn[0].ofWhich[0].caseIds == s.fixture.idsOf({"E4"}));
    requireColumn(genders.byColumn[1], s.fixture,
                  {{u"Male"_s, 4, {"E2", "E8", "X2", "X3"}},
                   {u"Female"_s, 4, {"E1", "S1", "E3", "E7", "S2"}},
                   {u"Not Known"_s, 2, {"E4", "E6"}}});
    requireColumn(genders.byColumn[2], s.fixture,
                  {{u"Male"_s, 1, {"X4", "S6"}}, {u"Female"_s, 0, {}}, {u"Not Known"_s, 0, {}}});
}

TEST_CASE("SG1c counts each individual once by ethnicity, from their most recent case of the year")
{
    FixtureStore s;
    const SacColumnsTable& ethnicity = s.table(u"SG1c"_s);
    requireColumn(ethnicity.byColumn[0], s.fixture,
                  {{u"White"_s, 5, {"E1", "S1", "X2", "X3", "X5", "S5"}},
                   {u"Mixed / Multiple"_s, 2, {"E7", "S3"}},
                   {u"Asian / Asian British"_s, 1, {"E2"}},
                   {u"Black / African / Caribbean / Black British"_s, 2, {"E3", "X4", "S6"}},
                   {u"Other Ethnic Group"_s, 1, {"E8"}},
                   {u"Refused"_s, 1, {"E6"}},
                   {u"Undeclared / Not Known"_s, 2, {"E4", "X6"}}});
    CHECK(ethnicity.byColumn[0].ofWhich.at(0).count == 2);
    requireColumn(ethnicity.byColumn[1], s.fixture,
                  {{u"White"_s, 3, {"E1", "S1", "X2", "X3"}},
                   {u"Mixed / Multiple"_s, 1, {"E7"}},
                   {u"Asian / Asian British"_s, 2, {"E2", "S2"}},
                   {u"Black / African / Caribbean / Black British"_s, 1, {"E3"}},
                   {u"Other Ethnic Group"_s, 1, {"E8"}},
                   {u"Refused"_s, 1, {"E6"}},
                   {u"Undeclared / Not Known"_s, 1, {"E4"}}});
    requireColumn(ethnicity.byColumn[2], s.fixture,
                  {{u"White"_s, 0, {}},
                   {u"Mixed / Multiple"_s, 0, {}},
                   {u"Asian / Asian British"_s, 0, {}},
                   {u"Black / African / Caribbean / Black British"_s, 1, {"X4", "S6"}},
                   {u"Other Ethnic Group"_s, 0, {}},
                   {u"Refused"_s, 0, {}},
                   {u"Undeclared / Not Known"_s, 0, {}}});
}

TEST_CASE("SG1d counts each concern and enquiry, not each individual, by the support reason on its case")
{
    FixtureStore s;
    const SacColumnsTable& reasons = s.table(u"SG1d"_s);
    CHECK(reasons.columns
          == QStringList{u"Safeguarding Concerns"_s, u"Section 42 Safeguarding Enquiries"_s,
                         u"Other Safeguarding Enquiries"_s});
    requireColumn(reasons.byColumn[0], s.fixture,
                  {{u"Physical Support"_s, 3, {"E1", "X3", "S1"}},
                   {u"Sensory Support"_s, 2, {"E3", "S3"}},
                   {u"Support with Memory and Cognition"_s, 1, {"E7"}},
                   {u"Learning Disability Support"_s, 2, {"E6", "S5"}},
                   {u"Mental Health Support"_s, 3, {"E2", "X4", "S6"}},
                   {u"Social Support"_s, 1, {"E8"}},
                   {u"No Support Reason"_s, 1, {"X2"}},
                   {u"Not Known"_s, 3, {"E4", "X5", "X6"}}});
    CHECK(reasons.byColumn[0].ofWhich.at(0).caseIds == s.fixture.idsOf({"E4", "X6"}));
    requireColumn(reasons.byColumn[1], s.fixture,
                  {{u"Physical Support"_s, 4, {"E1", "X3", "S1", "S2"}},
                   {u"Sensory Support"_s, 1, {"E3"}},
                   {u"Support with Memory and Cognition"_s, 1, {"E7"}},
                   {u"Learning Disability Support"_s, 1, {"E6"}},
                   {u"Mental Health Support"_s, 1, {"E2"}},
                   {u"Social Support"_s, 1, {"E8"}},
                   {u"No Support Reason"_s, 1, {"X2"}},
                   {u"Not Known"_s, 1, {"E4"}}});
    requireColumn(reasons.byColumn[2], s.fixture,
                  {{u"Physical Support"_s, 0, {}},
                   {u"Sensory Support"_s, 0, {}},
                   {u"Support with Memory and Cognition"_s, 0, {}},
                   {u"Learning Disability Support"_s, 0, {}},
                   {u"Mental Health Support"_s, 2, {"X4", "S6"}},
                   {u"Social Support"_s, 0, {}},
                   {u"No Support Reason"_s, 0, {}},
                   {u"Not Known"_s, 0, {}}});
}

TEST_CASE("SG1e counts each concern and enquiry of someone with autism or Asperger's, by the condition on "
          "its case, and nobody else")
{
    FixtureStore s;
    const SacColumnsTable& autism = s.table(u"SG1e"_s);
    CHECK(autism.code == u"SG1e"_s);
    CHECK_FALSE(autism.countsIndividuals());
    const QString autistic =
        u"Learning, Developmental or Intellectual Disability (Autism excluding Asperger's "
        u"Syndrome/ High Functioning Autism)"_s;
    const QString asperger = u"Learning, Developmental or Intellectual Disability (Asperger's Syndrome/ High "
                             u"Functioning Autism)"_s;
    // Olu's two cases (X4, S6) both count; Tam's (S4, the day after the year) does not.
    requireColumn(autism.byColumn[0], s.fixture, {{autistic, 1, {"E6"}}, {asperger, 2, {"X4", "S6"}}});
    requireColumn(autism.byColumn[1], s.fixture, {{autistic, 1, {"E6"}}, {asperger, 0, {}}});
    requireColumn(autism.byColumn[2], s.fixture, {{autistic, 0, {}}, {asperger, 2, {"X4", "S6"}}});
    // The rest are beside the table, not in a row the return would have to name.
    REQUIRE(autism.byColumn[0].notRecorded.has_value());
    CHECK(autism.byColumn[0].notRecorded->count == 13);
    CHECK(autism.byColumn[1].notRecorded->count == 10);
    CHECK(autism.byColumn[2].notRecorded->count == 0);
}

TEST_CASE("SG1f counts the concerns raised and the enquiries begun in the year, a concern that became an "
          "enquiry in both")
{
    FixtureStore s;
    const SacTable& activity = s.sg1.activity;
    test::requireRows(activity, s.fixture,
                      {{u"Total Number of Safeguarding Concerns"_s,
                        {"E1", "E2", "E3", "E4", "E6", "E7", "E8", "X2", "X3", "X4", "X5", "X6", "S1", "S3", "S5",
                         "S6"}},
                       {u"Total Number of Section 42 Safeguarding Enquiries"_s,
                        {"E1", "E2", "E3", "E4", "E6", "E7", "E8", "X2", "X3", "S1", "S2"}},
                       {u"Total Number of Other Safeguarding Enquiries"_s, {"X4", "S6"}}});
}
