// The demo caseload's legal-literacy records: real-looking synthetic content for the screens.

#include "demo/DemoCaseload.h"
#include "rules/CapacityRecordCheck.h"
#include "rules/CaseloadFlags.h"
#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CapacityRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseloadRepository.h"
#include "storage/repositories/RiskEnablementRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <algorithm>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Demo {
    test::TempStoreFolder folder;
    std::unique_ptr<Store> store = test::createStore(folder.storePath());
    QDate today{2026, 5, 20};
    CaseRepository cases{store->database(), u"Reader"_s};
    CapacityRepository capacity{store->database(), u"Reader"_s};
    AdvocacyRepository advocacy{store->database(), u"Reader"_s};
    RiskEnablementRepository risks{store->database(), u"Reader"_s};

    Demo() { REQUIRE(populateDemoCaseload(store->database(), today)); }
    qint64 caseOf(const QString& reference) const { return cases.findByReference(reference).value_or(0); }
};

int flagged(const std::vector<CaseSummary>& all, const QDateTime& now, CaseFlagKind kind)
{
    int count = 0;
    for (const CaseSummary& summary : all) {
        const std::vector<CaseFlag> flags = caseloadFlags(summary, now);
        count += std::any_of(flags.begin(), flags.end(), [kind](const CaseFlag& f) { return f.kind == kind; })
            ? 1
            : 0;
    }
    return count;
}

} // namespace

TEST_CASE("the demo has a whole capacity assessment in the person's words, and the best-interests decision "
          "after it")
{
    Demo demo;
    const qint64 ivy = demo.caseOf(u"DEMO-009"_s);
    const std::vector<StoredCapacityAssessment> assessments = demo.capacity.assessments(ivy);
    REQUIRE(assessments.size() == 1);
    const CapacityAssessment& a = assessments[0].assessment;
    CHECK(a.conclusion == CapacityConclusion::LacksCapacity);
    CHECK(a.functionalTest.useOrWeigh.evidence.contains(u"“"_s));
    CHECK(a.functionalTest.recordedAt < a.causativeNexus.recordedAt);
    CHECK(checkCapacityRecord(a).flags.empty());
    const std::vector<StoredBestInterestsDecision> decisions = demo.capacity.bestInterestsDecisions(ivy);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].assessmentId == assessments[0].id);
    CHECK(demo.capacity.enquiryCapacity(ivy)->lackedCapacity == u"yes"_s);
}

TEST_CASE("the demo has an advocacy check that requires an advocate, the referral, and a wish acted against")
{
    Demo demo;
    const qint64 priya = demo.caseOf(u"DEMO-003"_s);
    const std::optional<StoredAdvocacyCheck> check = demo.advocacy.latestCheck(priya);
    REQUIRE(check);
    CHECK(check->careActResult == AdvocacyDecision::Required);
    REQUIRE(demo.advocacy.referrals(priya).size() == 1);
    REQUIRE(demo.advocacy.wishesOverrides(priya).size() == 1);
    REQUIRE(demo.risks.notes(priya).size() == 1);
    CHECK(demo.risks.notes(priya)[0].note.flags.coercionOrControlSuspected);
    CHECK(demo.risks.notes(priya)[0].outcomeIds.size() == 1);
}

TEST_CASE(
    "the demo caseload shows each legal-literacy flag once: an overdue review, a doubt, an unchecked enquiry")
{
    Demo demo;
    const std::vector<CaseSummary> all = CaseloadRepository(demo.store->database()).allCases();
    const QDateTime now(demo.today, QTime(10, 0));
    CHECK(flagged(all, now, CaseFlagKind::RiskReviewOverdue) == 1);
    CHECK(flagged(all, now, CaseFlagKind::CapacityDoubtedNotAssessed) == 1);
    CHECK(flagged(all, now, CaseFlagKind::AdvocacyNotChecked) == 1);
}
