// safeguarding_case.stage follows the record: Concern → Enquiry or No enquiry → Closed.

#include "CaseFixtures.h"

#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/CaseloadRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

QString stageOf(const QSqlDatabase& db, qint64 caseId)
{
    for (const CaseSummary& summary : CaseloadRepository(db).allCases()) {
        if (summary.caseId == caseId)
            return summary.stage;
    }
    return {};
}

Section42Decision decision(EnquiryDecision kind, const QString& response = {})
{
    Section42Decision d;
    d.decision = kind;
    d.responseGiven = response;
    d.decidedOn = QDate(2026, 3, 2);
    return d;
}

} // namespace

TEST_CASE(
    "a new concern is at the Concern stage; a s.42 or other enquiry moves it to Enquiry; closure to Closed")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    const QSqlDatabase db = store->database();
    const qint64 caseId = repository.createCase(test::concernOnly(u"STAGE-1"_s, QDate(2026, 3, 1))).id;
    CHECK(stageOf(db, caseId) == u"Concern"_s);

    REQUIRE(
        repository.recordSection42(caseId, decision(EnquiryDecision::OtherEnquiry, u"Safety plan"_s)).ok());
    CHECK(stageOf(db, caseId) == u"Enquiry"_s);
    REQUIRE(repository.recordSection42(caseId, decision(EnquiryDecision::Section42)).ok());
    CHECK(stageOf(db, caseId) == u"Enquiry"_s);
    CHECK(repository.load(caseId)->section42->decision == EnquiryDecision::Section42);

    REQUIRE(repository.close(caseId, {QDate(2026, 4, 1), FeelsSafer::Yes, {}, {}, {}}).ok());
    CHECK(stageOf(db, caseId) == u"Closed"_s);
    const CaseSummary summary = CaseloadRepository(db).allCases().at(0);
    CHECK(summary.closedOn == QDate(2026, 4, 1));

    QStringList stages;
    for (const HistoryEntry& entry : repository.history(caseId)) {
        if (entry.field == u"stage"_s)
            stages << entry.oldValue + u" → "_s + entry.newValue;
    }
    CHECK(stages == QStringList{u" → Concern"_s, u"Concern → Enquiry"_s, u"Enquiry → Closed"_s});
}

TEST_CASE("deciding not to enquire moves the case to No enquiry, and only with the response given recorded")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(test::concernOnly(u"STAGE-2"_s, QDate(2026, 3, 1))).id;

    const CaseWriteResult withoutResponse = repository.recordSection42(caseId,
                                                                       decision(EnquiryDecision::NoEnquiry));
    CHECK_FALSE(withoutResponse.ok());
    CHECK(withoutResponse.error.startsWith(u"s.42 decision, response given"_s));
    CHECK(stageOf(store->database(), caseId) == u"Concern"_s);

    REQUIRE(
        repository
            .recordSection42(caseId, decision(EnquiryDecision::NoEnquiry, u"Referred to the housing team"_s))
            .ok());
    CHECK(stageOf(store->database(), caseId) == u"No enquiry"_s);
}

TEST_CASE("a case created with a decision or a closure starts at the stage they imply")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    CaseRecord enquiry = test::concernOnly(u"STAGE-3"_s, QDate(2026, 3, 1));
    enquiry.section42 = decision(EnquiryDecision::Section42);
    CaseRecord noEnquiry = test::concernOnly(u"STAGE-4"_s, QDate(2026, 3, 1));
    noEnquiry.section42 = decision(EnquiryDecision::NoEnquiry, u"Advice given"_s);

    CHECK(stageOf(store->database(), repository.createCase(enquiry).id) == u"Enquiry"_s);
    CHECK(stageOf(store->database(), repository.createCase(noEnquiry).id) == u"No enquiry"_s);
    CHECK(stageOf(store->database(), repository.createCase(test::fullCase()).id) == u"Closed"_s);
}

TEST_CASE("a closure dated before the concern is refused and the case stays open")
{
    test::TempStoreFolder folder;
    auto store = test::createStore(folder.storePath());
    CaseRepository repository(store->database(), test::kPractitioner);
    const qint64 caseId = repository.createCase(test::concernOnly(u"STAGE-5"_s, QDate(2026, 3, 1))).id;
    const CaseWriteResult result = repository.close(caseId,
                                                    {QDate(2026, 2, 28), FeelsSafer::Yes, {}, {}, {}});
    CHECK_FALSE(result.ok());
    CHECK(result.error.startsWith(u"Closure, date closed"_s));
    CHECK_FALSE(repository.load(caseId)->closure);
    CHECK(stageOf(store->database(), caseId) == u"Concern"_s);
}
