// The legal-literacy caseload flags: the pure rule (today passed in) and the facts the
// caseload's one query finds for it in a real store.

#include "LegalFixtures.h"
#include "storage/CaseFixtures.h"

#include "model/SacCategories.h"
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

const QDateTime kNow(QDate(2026, 3, 2), QTime(12, 0));

// An open case MSP would be content with, and where an enquiry is under way.
CaseSummary openEnquiry()
{
    CaseSummary summary;
    summary.concernReceivedOn = QDate(2026, 2, 20);
    summary.concernReceivedTime = QTime(9, 0);
    summary.firstConversationAt = QDateTime(QDate(2026, 2, 20), QTime(15, 0));
    summary.everSeenAlone = true;
    summary.mspAsked = sac::kMspAskedExpressed;
    summary.outcomeCount = 1;
    summary.lastOutcomeRevisionOn = QDate(2026, 2, 25);
    summary.enquiryDecided = true;
    summary.advocacyChecked = true;
    return summary;
}

bool has(const std::vector<CaseFlag>& flags, CaseFlagKind kind)
{
    return std::any_of(flags.begin(), flags.end(),
                       [kind](const CaseFlag& flag) { return flag.kind == kind; });
}

const CaseSummary& summaryOf(const std::vector<CaseSummary>& cases, qint64 caseId)
{
    for (const CaseSummary& summary : cases) {
        if (summary.caseId == caseId)
            return summary;
    }
    throw std::runtime_error("no such case in the caseload");
}

CaseRecord openFullCase(const QString& reference)
{
    CaseRecord record = test::fullCase(reference);
    record.closure.reset();
    return record;
}

} // namespace

TEST_CASE("an enquiry with nobody checking whether the person needs an advocate is flagged, citing s.68")
{
    CaseSummary summary = openEnquiry();
    CHECK(caseloadFlags(summary, kNow).empty());
    summary.advocacyChecked = false;
    const std::vector<CaseFlag> flags = caseloadFlags(summary, kNow);
    REQUIRE(has(flags, CaseFlagKind::AdvocacyNotChecked));
    CHECK(flags.back().text.contains(u"advocate"_s));

    summary.enquiryDecided = false; // no enquiry (yet): s.68 is not engaged
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::AdvocacyNotChecked));
    summary.enquiryDecided = true;
    summary.closedOn = QDate(2026, 3, 1);
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::AdvocacyNotChecked));
}

TEST_CASE("a doubt about capacity with no concluded assessment is flagged while the case is open")
{
    CaseSummary summary = openEnquiry();
    summary.capacityDoubtsUnassessed = 1;
    CHECK(has(caseloadFlags(summary, kNow), CaseFlagKind::CapacityDoubtedNotAssessed));
    summary.capacityDoubtsUnassessed = 0;
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::CapacityDoubtedNotAssessed));
}

TEST_CASE("a risk enablement review is overdue only once its day has passed")
{
    CaseSummary summary = openEnquiry();
    summary.earliestRiskReviewOn = kNow.date();
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::RiskReviewOverdue));
    summary.earliestRiskReviewOn = kNow.date().addDays(-1);
    CHECK(has(caseloadFlags(summary, kNow), CaseFlagKind::RiskReviewOverdue));
    summary.closedOn = kNow.date();
    CHECK_FALSE(has(caseloadFlags(summary, kNow), CaseFlagKind::RiskReviewOverdue));
}

TEST_CASE("the caseload finds an enquiry without an advocacy check, and stops flagging once one is recorded")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    test::TestClock clock;
    CaseRepository cases(store->database(), test::kPractitioner, clock.function());
    AdvocacyRepository advocacy(store->database(), test::kPractitioner, clock.function());
    const qint64 enquiry = cases.createCase(openFullCase(u"FLAG-1"_s)).id;
    const qint64 concernOnly = cases.createCase(test::concernOnly(u"FLAG-2"_s, QDate(2026, 2, 27))).id;

    CaseloadRepository caseload(store->database());
    CHECK(summaryOf(caseload.allCases(), enquiry).enquiryDecided);
    CHECK_FALSE(summaryOf(caseload.allCases(), enquiry).advocacyChecked);
    CHECK(
        has(caseloadFlags(summaryOf(caseload.allCases(), enquiry), kNow), CaseFlagKind::AdvocacyNotChecked));
    CHECK_FALSE(summaryOf(caseload.allCases(), concernOnly).enquiryDecided);

    REQUIRE(advocacy.recordCheck(enquiry, QDate(2026, 3, 2), test::daughterImplicated(), {}).ok());
    CHECK(summaryOf(caseload.allCases(), enquiry).advocacyChecked);
    CHECK_FALSE(
        has(caseloadFlags(summaryOf(caseload.allCases(), enquiry), kNow), CaseFlagKind::AdvocacyNotChecked));
}

TEST_CASE("the caseload counts doubts about capacity until an assessment linked to them reaches a conclusion")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    test::TestClock clock;
    CaseRepository cases(store->database(), test::kPractitioner, clock.function());
    CapacityRepository capacity(store->database(), test::kPractitioner, clock.function());
    const qint64 caseId = cases.createCase(openFullCase(u"FLAG-3"_s)).id;
    const qint64 move = capacity.noteDoubt(caseId, u"Where to live"_s, QDate(2026, 2, 25), {}).id;
    capacity.noteDoubt(caseId, u"Managing money"_s, QDate(2026, 2, 26), {});
    CaseloadRepository caseload(store->database());
    CHECK(summaryOf(caseload.allCases(), caseId).capacityDoubtsUnassessed == 2);

    CapacityAssessment unfinished = test::moveAssessment();
    unfinished.conclusion = CapacityConclusion::NotConcluded;
    const qint64 assessment = capacity.addAssessment(caseId, unfinished, move).id;
    CHECK(summaryOf(caseload.allCases(), caseId).capacityDoubtsUnassessed == 2);
    REQUIRE(capacity.updateAssessment(assessment, test::moveAssessment()).ok());
    CHECK(summaryOf(caseload.allCases(), caseId).capacityDoubtsUnassessed == 1);
    CHECK(has(caseloadFlags(summaryOf(caseload.allCases(), caseId), kNow),
              CaseFlagKind::CapacityDoubtedNotAssessed));
}

TEST_CASE("the caseload carries the soonest risk review date, and a passed one is flagged")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    test::TestClock clock;
    CaseRepository cases(store->database(), test::kPractitioner, clock.function());
    RiskEnablementRepository risks(store->database(), test::kPractitioner, clock.function());
    const qint64 caseId = cases.createCase(openFullCase(u"FLAG-4"_s)).id;
    RiskEnablementNote later = test::busToTown(); // review 2026-05-20
    RiskEnablementNote sooner = test::busToTown();
    sooner.activity = u"Cooking on the gas hob"_s;
    sooner.decidedOn = QDate(2026, 1, 10);
    sooner.reviewOn = QDate(2026, 2, 28);
    REQUIRE(risks.addNote(caseId, later).ok());
    REQUIRE(risks.addNote(caseId, sooner).ok());

    CaseloadRepository caseload(store->database());
    const std::vector<CaseSummary> all = caseload.allCases();
    const CaseSummary& summary = summaryOf(all, caseId);
    CHECK(summary.earliestRiskReviewOn == QDate(2026, 2, 28));
    CHECK(has(caseloadFlags(summary, kNow), CaseFlagKind::RiskReviewOverdue));
    CHECK_FALSE(has(caseloadFlags(summary, QDateTime(QDate(2026, 2, 27), QTime(9, 0))),
                    CaseFlagKind::RiskReviewOverdue));
}
