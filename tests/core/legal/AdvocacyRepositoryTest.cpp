// Advocacy checks, referrals and records of acting against the person's wishes in a real store.

#include "LegalFixtures.h"
#include "storage/CaseFixtures.h"

#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QSqlQuery>

using namespace alongside;
using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture {
    test::TempStoreFolder folder;
    std::unique_ptr<Store> store = test::createStore(folder.storePath());
    test::TestClock clock; // 2026-03-02 10:00
    CaseRepository cases{store->database(), test::kPractitioner, clock.function()};
    AdvocacyRepository advocacy{store->database(), test::kPractitioner, clock.function()};
    qint64 caseId = cases.createCase(test::concernOnly(u"ADV-1"_s, QDate(2026, 2, 20))).id;
};

QString column(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.exec(sql);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

TEST_CASE("an advocacy check keeps the facts and the answers: advocate required when the daughter is "
          "implicated, IMCA must for the care home move")
{
    Fixture f;
    const CaseWriteResult recorded = f.advocacy.recordCheck(f.caseId, QDate(2026, 3, 1),
                                                            test::daughterImplicated(), test::careHomeMove());
    REQUIRE(recorded.ok());
    CHECK(column(f.store->database(), u"SELECT care_act_result FROM advocacy_check"_s) == u"required"_s);
    CHECK(column(f.store->database(), u"SELECT imca_result FROM advocacy_check"_s) == u"must"_s);
    CHECK(column(f.store->database(), u"SELECT process FROM advocacy_check"_s) == u"section-42-enquiry"_s);

    const std::optional<StoredAdvocacyCheck> latest = f.advocacy.latestCheck(f.caseId);
    REQUIRE(latest);
    CHECK(latest->careActResult == AdvocacyDecision::Required);
    CHECK(latest->imcaResult == ImcaDuty::Must);
    CHECK(latest->checkedOn == QDate(2026, 3, 1));
    REQUIRE(latest->situation.consideredIndividuals.size() == 1);
    CHECK(latest->situation.consideredIndividuals[0].implicated == YesNoUnknown::Yes);
    REQUIRE(latest->imcaSituation.councilAccommodation);
    CHECK(latest->imcaSituation.councilAccommodation->likelyDays == 84);
}

TEST_CASE("a later advocacy check becomes the current one; the earlier stays in the record")
{
    Fixture f;
    REQUIRE(f.advocacy.recordCheck(f.caseId, QDate(2026, 2, 25), AdvocacySituation{}, ImcaSituation{}).ok());
    AdvocacySituation nowWithSister = test::daughterImplicated();
    AppropriateIndividual sister;
    sister.name = u"Jo"_s;
    sister.suitable = YesNoUnknown::Yes;
    sister.paidOrProfessional = YesNoUnknown::No;
    sister.implicated = YesNoUnknown::No;
    sister.consents = YesNoUnknown::Yes;
    nowWithSister.consideredIndividuals.push_back(sister);
    REQUIRE(f.advocacy.recordCheck(f.caseId, QDate(2026, 3, 2), nowWithSister, ImcaSituation{}).ok());
    CHECK(f.advocacy.checks(f.caseId).size() == 2);
    CHECK(f.advocacy.latestCheck(f.caseId)->checkedOn == QDate(2026, 3, 2));
    CHECK(f.advocacy.latestCheck(f.caseId)->careActResult == AdvocacyDecision::NotRequired);
    CHECK(f.advocacy.latestCheck(f.caseId)->imcaResult == ImcaDuty::DoesNotApply);
    CHECK_FALSE(f.advocacy.latestCheck(9999));
}

TEST_CASE("an advocacy check dated after today is refused and nothing is written")
{
    Fixture f;
    const std::size_t historyBefore = f.cases.history(f.caseId).size();
    const CaseWriteResult refused = f.advocacy.recordCheck(f.caseId, QDate(2026, 3, 9),
                                                           test::daughterImplicated(), test::careHomeMove());
    CHECK(refused.error.contains(u"Advocacy check"_s));
    CHECK(test::rowsIn(f.store->database(), u"advocacy_check"_s) == 0);
    CHECK(f.cases.history(f.caseId).size() == historyBefore);
}

TEST_CASE("referrals to an advocate are kept with date, provider, name and role, and appear in the history")
{
    Fixture f;
    REQUIRE(f.advocacy
                .addReferral(f.caseId,
                             {u"Sam Ortiz"_s, AdvocateRole::Both, u"Riverside Advocacy"_s, QDate(2026, 3, 2)})
                .ok());
    const std::vector<StoredAdvocateReferral> referrals = f.advocacy.referrals(f.caseId);
    REQUIRE(referrals.size() == 1);
    CHECK(referrals[0].referral.advocateName == u"Sam Ortiz"_s);
    CHECK(referrals[0].referral.role == AdvocateRole::Both);
    CHECK(referrals[0].referral.provider == u"Riverside Advocacy"_s);
    CHECK(referrals[0].referral.referredOn == QDate(2026, 3, 2));
    CHECK(f.cases.history(f.caseId).back().record == u"advocate referral"_s);

    const CaseWriteResult noProvider = f.advocacy.addReferral(
        f.caseId, {u"Sam"_s, AdvocateRole::Imca, {}, QDate(2026, 3, 1)});
    CHECK(noProvider.error.contains(u"provider"_s));
    CHECK(f.advocacy.referrals(f.caseId).size() == 1);
}

TEST_CASE("a record of acting against the person's wishes keeps their words and why")
{
    Fixture f;
    REQUIRE(f.advocacy.recordWishesOverride(f.caseId, QDate(2026, 3, 2), test::othersAtRisk()).ok());
    const std::vector<StoredWishesOverride> overrides = f.advocacy.wishesOverrides(f.caseId);
    REQUIRE(overrides.size() == 1);
    CHECK(overrides[0].situation.wish == PersonsWish::DoesNotWantAction);
    CHECK(overrides[0].situation.inTheirOwnWords == u"“Leave it, he doesn't mean it.”"_s);
    CHECK(overrides[0].situation.othersAtRisk.why == u"Two grandchildren stay at weekends"_s);
    CHECK(overrides[0].recordedOn == QDate(2026, 3, 2));
    CHECK_FALSE(f.advocacy.recordWishesOverride(f.caseId, {}, test::othersAtRisk()).ok());
}
