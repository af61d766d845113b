// The supervision agenda: the open caseload grouped by what needs a conversation.

#include "rules/SupervisionAgenda.h"
#include "support/Catch.h"

#include "model/SacCategories.h"

using namespace alongside::core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow{QDate(2026, 3, 2), QTime(10, 0)};

// An open case with nothing missing: asked, an outcome revisited last week, seen alone.
CaseSummary settledCase(qint64 id, const QString& name)
{
    CaseSummary summary;
    summary.caseId = id;
    summary.reference = u"AL-%1"_s.arg(id);
    summary.personName = name;
    summary.stage = u"Enquiry"_s;
    summary.concernReceivedOn = QDate(2026, 2, 16);
    summary.concernReceivedTime = QTime(9, 0);
    summary.mspAsked = sac::kMspAskedExpressed;
    summary.outcomeCount = 1;
    summary.lastOutcomeRevisionOn = QDate(2026, 2, 23);
    summary.firstConversationAt = QDateTime(QDate(2026, 2, 16), QTime(15, 0));
    summary.everSeenAlone = true;
    return summary;
}

const SupervisionGroup& group(const std::vector<SupervisionGroup>& groups, SupervisionTopic topic)
{
    for (const SupervisionGroup& candidate : groups) {
        if (candidate.topic == topic)
            return candidate;
    }
    throw std::runtime_error("no such group");
}

std::size_t itemsIn(const std::vector<SupervisionGroup>& groups)
{
    std::size_t count = 0;
    for (const SupervisionGroup& g : groups)
        count += g.items.size();
    return count;
}

} // namespace

TEST_CASE("a case with nothing missing gives supervision nothing to raise, yet every heading is listed")
{
    const auto groups = supervisionAgenda({settledCase(1, u"Doris Example"_s)}, {}, kNow);
    CHECK(groups.size() == 8);
    CHECK(itemsIn(groups) == 0);
    CHECK(groups.front().topic == SupervisionTopic::WhatTheyWant);
    CHECK(groups.back().topic == SupervisionTopic::SupervisionActionOverdue);
}

TEST_CASE("someone not yet asked what they want is raised by name, to be opened at what they want")
{
    CaseSummary sam = settledCase(2, u"Sam Example"_s);
    sam.mspAsked.clear();
    sam.outcomeCount = 0;
    const auto groups = supervisionAgenda({sam}, {}, kNow);
    const SupervisionGroup& wants = group(groups, SupervisionTopic::WhatTheyWant);
    REQUIRE(wants.items.size() == 1);
    CHECK(wants.items[0].caseId == 2);
    CHECK(wants.items[0].sentence == u"Sam Example has not yet been asked what they want to happen."_s);
    CHECK(wants.items[0].place == CasePlace::Outcomes);
    CHECK(itemsIn(groups) == 1);
}

TEST_CASE("outcomes not revisited for over four weeks are talked about with outcomes not asked")
{
    CaseSummary priya = settledCase(3, u"Priya Example"_s);
    priya.lastOutcomeRevisionOn = QDate(2026, 1, 20);
    const auto groups = supervisionAgenda({priya}, {}, kNow);
    const SupervisionGroup& wants = group(groups, SupervisionTopic::WhatTheyWant);
    REQUIRE(wants.items.size() == 1);
    CHECK(wants.items[0].sentence.contains(u"last talked about on 20 Jan"_s));
}

TEST_CASE("someone never seen on their own is raised, to be opened at the conversations")
{
    CaseSummary sam = settledCase(2, u"Sam Example"_s);
    sam.everSeenAlone = false;
    const auto groups = supervisionAgenda({sam}, {}, kNow);
    const SupervisionGroup& alone = group(groups, SupervisionTopic::NotSeenAlone);
    REQUIRE(alone.items.size() == 1);
    CHECK(alone.items[0].sentence == u"Sam Example has not yet been seen on their own."_s);
    CHECK(alone.items[0].place == CasePlace::Conversations);
}

TEST_CASE("a case open for more than twelve weeks is raised; one open exactly twelve weeks is not")
{
    CaseSummary longer = settledCase(4, u"Long Example"_s);
    longer.concernReceivedOn = kNow.date().addDays(-(kLongOpenWeeks + 1) * 7);
    CaseSummary exactly = settledCase(5, u"Twelve Example"_s);
    exactly.concernReceivedOn = kNow.date().addDays(-kLongOpenWeeks * 7 - 6);
    const auto groups = supervisionAgenda({longer, exactly}, {}, kNow);
    const SupervisionGroup& open = group(groups, SupervisionTopic::LongOpen);
    REQUIRE(open.items.size() == 1);
    CHECK(open.items[0].caseId == 4);
    CHECK(open.items[0].sentence == u"Long Example: open for 13 weeks, since 1 Dec."_s);
    CHECK(open.items[0].place == CasePlace::Plan);
}

TEST_CASE("a decision against the person's wishes is raised, saying whether a manager has signed it off")
{
    SupervisionFacts waiting;
    waiting.caseId = 1;
    waiting.wishesOverridden = 1;
    waiting.lastOverrideOn = QDate(2026, 2, 20);
    waiting.overridesNotSignedOff = 1;
    SupervisionFacts signedOff = waiting;
    signedOff.caseId = 2;
    signedOff.overridesNotSignedOff = 0;
    const auto groups = supervisionAgenda(
        {settledCase(1, u"Doris Example"_s), settledCase(2, u"Sam Example"_s)}, {waiting, signedOff}, kNow);
    const SupervisionGroup& wishes = group(groups, SupervisionTopic::WishOverridden);
    REQUIRE(wishes.items.size() == 2);
    CHECK(wishes.items[0].sentence.contains(u"not yet signed off by a manager"_s));
    CHECK(wishes.items[1].sentence.endsWith(u"signed off."_s));
    CHECK_FALSE(wishes.items[1].sentence.contains(u"not yet"_s));
}

TEST_CASE("an action agreed in supervision is raised once past its date, not on the day it is due")
{
    SupervisionFacts late;
    late.caseId = 1;
    late.openSupervisionActions = 1;
    late.nextSupervisionActionDue = QDate(2026, 2, 27);
    late.nextSupervisionAction = u"Ask Doris who she would like at the meeting"_s;
    late.nextSupervisionActionOwner = u"Alex"_s;
    SupervisionFacts today = late;
    today.caseId = 2;
    today.nextSupervisionActionDue = kNow.date();
    const auto groups = supervisionAgenda(
        {settledCase(1, u"Doris Example"_s), settledCase(2, u"Sam Example"_s)}, {late, today}, kNow);
    const SupervisionGroup& actions = group(groups, SupervisionTopic::SupervisionActionOverdue);
    REQUIRE(actions.items.size() == 1);
    CHECK(actions.items[0].sentence
          == u"Doris Example: “Ask Doris who she would like at the meeting” (Alex) was due on 27 Feb."_s);
    CHECK(actions.items[0].place == CasePlace::Supervision);
}

TEST_CASE("closed cases are left out of supervision, whatever is missing from them")
{
    CaseSummary closed = settledCase(6, u"Closed Example"_s);
    closed.everSeenAlone = false;
    closed.mspAsked.clear();
    closed.outcomeCount = 0;
    closed.concernReceivedOn = QDate(2025, 6, 1);
    closed.closedOn = QDate(2025, 12, 1);
    SupervisionFacts overridden;
    overridden.caseId = 6;
    overridden.wishesOverridden = 1;
    CHECK(itemsIn(supervisionAgenda({closed}, {overridden}, kNow)) == 0);
}

TEST_CASE(
    "capacity doubted but not assessed, advocacy not checked and an overdue risk review each have a heading")
{
    CaseSummary doris = settledCase(1, u"Doris Example"_s);
    doris.capacityDoubtsUnassessed = 1;
    CaseSummary sam = settledCase(2, u"Sam Example"_s);
    sam.enquiryDecided = true;
    sam.advocacyChecked = false;
    CaseSummary priya = settledCase(3, u"Priya Example"_s);
    priya.earliestRiskReviewOn = QDate(2026, 2, 26);
    const auto groups = supervisionAgenda({doris, sam, priya}, {}, kNow);

    const SupervisionGroup& capacity = group(groups, SupervisionTopic::CapacityNotAssessed);
    REQUIRE(capacity.items.size() == 1);
    CHECK(capacity.items[0].caseId == 1);
    CHECK(capacity.items[0].place == CasePlace::Capacity);
    const SupervisionGroup& advocacy = group(groups, SupervisionTopic::AdvocacyNotChecked);
    REQUIRE(advocacy.items.size() == 1);
    CHECK(advocacy.items[0].caseId == 2);
    CHECK(advocacy.items[0].place == CasePlace::Advocacy);
    const SupervisionGroup& risk = group(groups, SupervisionTopic::RiskReviewOverdue);
    REQUIRE(risk.items.size() == 1);
    CHECK(risk.items[0].sentence == u"Priya Example: a risk decision was due for review on 26 Feb."_s);
    CHECK(risk.items[0].place == CasePlace::RiskEnablement);
    CHECK(itemsIn(groups) == 3);
}
