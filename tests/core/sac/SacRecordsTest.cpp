// What the Safeguarding Adults Collection needs recorded on a case: the person's SG1 details,
// several locations and sources of risk, the closing experience questions, and the day an
// enquiry was decided on. Real stores; each test says what a practitioner would notice.

#include "storage/CaseFixtures.h"

#include "model/SacCategories.h"
#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture {
    test::TempStoreFolder folder;
    std::unique_ptr<Store> store = test::createStore(folder.storePath());
    test::TestClock clock;
    CaseRepository cases{store->database(), test::kPractitioner, clock.function()};
};

bool historyHas(const CaseRepository& cases, qint64 caseId, const QString& field, const QString& newValue)
{
    for (const HistoryEntry& entry : cases.history(caseId)) {
        if (entry.field == field && entry.newValue == newValue)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the person's gender, ethnicity and primary support reason are kept with the return's labels and "
          "their changes are in the history")
{
    Fixture f;
    CaseRecord record = test::fullCase();
    record.person.gender = u"Female"_s;
    record.person.ethnicity = u"Mixed / Multiple"_s;
    record.person.primarySupportReason = u"Sensory Support"_s;
    const CaseWriteResult made = f.cases.createCase(record);
    REQUIRE(made.ok());
    CaseRecord loaded = *f.cases.load(made.id);
    CHECK(loaded.person.gender == u"Female"_s);
    CHECK(loaded.person.ethnicity == u"Mixed / Multiple"_s);
    CHECK(loaded.person.primarySupportReason == u"Sensory Support"_s);

    loaded.person.ethnicity = u"Refused"_s;
    REQUIRE(f.cases.updatePerson(made.id, loaded.person).ok());
    CHECK(f.cases.load(made.id)->person.ethnicity == u"Refused"_s);
    CHECK(historyHas(f.cases, made.id, u"ethnicity (SAC)"_s, u"Refused"_s));
}

TEST_CASE("a label that is not the return's is refused and nothing is written")
{
    Fixture f;
    CaseRecord record = test::fullCase();
    record.person.gender = u"female"_s; // the return's label has a capital
    const CaseWriteResult refused = f.cases.createCase(record);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(u"gender"_s));
    CHECK(f.cases.allCaseIds().empty());

    record.person.gender.clear();
    record.person.primarySupportReason = u"Physical Support: Personal care support"_s;
    CHECK_FALSE(f.cases.createCase(record).ok());
    CHECK(f.cases.allCaseIds().empty());
}

TEST_CASE("a concern keeps several locations and sources of risk, in the order chosen, each once")
{
    Fixture f;
    CaseRecord record = test::fullCase();
    record.concern.locationsOfRisk = {u"Own Home"_s, u"Hospital – Acute"_s};
    record.concern.sourcesOfRisk = {u"Service Provider"_s, u"Other – Unknown to individual"_s};
    const CaseWriteResult made = f.cases.createCase(record);
    REQUIRE(made.ok());
    const CaseRecord loaded = *f.cases.load(made.id);
    CHECK(loaded.concern.locationsOfRisk == record.concern.locationsOfRisk);
    CHECK(loaded.concern.sourcesOfRisk == record.concern.sourcesOfRisk);

    Concern changed = loaded.concern;
    changed.locationsOfRisk = {u"Hospital – Acute"_s};
    REQUIRE(f.cases.recordConcern(made.id, changed).ok());
    CHECK(f.cases.load(made.id)->concern.locationsOfRisk == QStringList{u"Hospital – Acute"_s});
    CHECK(historyHas(f.cases, made.id, u"location of risk"_s, u"Hospital – Acute"_s));

    changed.sourcesOfRisk = {u"Service Provider"_s, u"Service Provider"_s};
    const CaseWriteResult twice = f.cases.recordConcern(made.id, changed);
    CHECK_FALSE(twice.ok());
    CHECK(twice.error.contains(u"listed twice"_s));
    CHECK(f.cases.load(made.id)->concern.sourcesOfRisk == record.concern.sourcesOfRisk);
}

TEST_CASE("the closing experience questions are kept with who answered them")
{
    Fixture f;
    CaseRecord record = test::fullCase();
    REQUIRE(record.closure);
    record.closure->experience = {ExperienceRespondent::Imca, ExperienceAnswer::Partly, ExperienceAnswer::No};
    const CaseWriteResult made = f.cases.createCase(record);
    REQUIRE(made.ok());
    const Closure loaded = *f.cases.load(made.id)->closure;
    CHECK(loaded.experience.answeredBy == ExperienceRespondent::Imca);
    CHECK(loaded.experience.listenedTo == ExperienceAnswer::Partly);
    CHECK(loaded.experience.involved == ExperienceAnswer::No);
    CHECK(historyHas(f.cases, made.id, u"experience questions answered by"_s, u"imca"_s));
}

TEST_CASE("a decision recorded without its day takes the day it was made, and keeps it when saved again "
          "unchanged")
{
    Fixture f;
    const CaseWriteResult made = f.cases.createCase(test::concernOnly(u"DAY-1"_s, QDate(2026, 2, 20)));
    REQUIRE(made.ok());
    Section42Decision decision;
    decision.hasCareAndSupportNeeds = YesNoUnknown::Yes;
    decision.experiencingOrAtRiskOfAbuse = YesNoUnknown::Yes;
    decision.unableToProtectThemselves = YesNoUnknown::Yes;
    decision.decision = EnquiryDecision::Section42;
    f.clock.now = QDateTime(QDate(2026, 2, 23), QTime(11, 0));
    REQUIRE(f.cases.recordSection42(made.id, decision).ok());
    CHECK(f.cases.load(made.id)->section42->decidedOn == QDate(2026, 2, 23));
    CHECK(f.cases.load(made.id)->section42->decidedBy == test::kPractitioner);

    // Saved again a week later with a reason reworded: the enquiry still began on the 23rd.
    f.clock.now = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
    decision.abuseReason = u"Bruises seen by the district nurse."_s;
    REQUIRE(f.cases.recordSection42(made.id, decision).ok());
    CHECK(f.cases.load(made.id)->section42->decidedOn == QDate(2026, 2, 23));

    // A different decision is a new decision, made today.
    decision.decision = EnquiryDecision::OtherEnquiry;
    REQUIRE(f.cases.recordSection42(made.id, decision).ok());
    CHECK(f.cases.load(made.id)->section42->decidedOn == QDate(2026, 3, 2));
}

TEST_CASE("the person's autism condition for SG1e is kept in the return's words, and its changes are in the "
          "history")
{
    Fixture f;
    CaseRecord record = test::fullCase();
    record.person.autismCondition = sac::autismConditions().at(0);
    const CaseWriteResult made = f.cases.createCase(record);
    REQUIRE(made.ok());
    CaseRecord loaded = *f.cases.load(made.id);
    CHECK(loaded.person.autismCondition == sac::autismConditions().at(0));

    loaded.person.autismCondition = sac::autismConditions().at(1);
    REQUIRE(f.cases.updatePerson(made.id, loaded.person).ok());
    CHECK(f.cases.load(made.id)->person.autismCondition == sac::autismConditions().at(1));
    CHECK(historyHas(f.cases, made.id, u"autism (SAC SG1e)"_s, sac::autismConditions().at(1)));

    // Not one of the table's two rows: refused, nothing written.
    loaded.person.autismCondition = u"Autism"_s;
    CHECK_FALSE(f.cases.updatePerson(made.id, loaded.person).ok());
    CHECK(f.cases.load(made.id)->person.autismCondition == sac::autismConditions().at(1));
}
