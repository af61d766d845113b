#include "rules/Section42Test.h"
#include "support/Catch.h"

using namespace alongside::core;

namespace {
Section42Decision answered(YesNoUnknown a, YesNoUnknown b, YesNoUnknown c)
{
    Section42Decision decision;
    decision.hasCareAndSupportNeeds = a;
    decision.experiencingOrAtRiskOfAbuse = b;
    decision.unableToProtectThemselves = c;
    return decision;
}
constexpr auto Y = YesNoUnknown::Yes;
constexpr auto N = YesNoUnknown::No;
constexpr auto U = YesNoUnknown::NotKnown;
} // namespace

TEST_CASE("the s.42 duty applies only when all three conditions are met, and says so with its citation")
{
    const auto assessment = assessSection42(answered(Y, Y, Y));
    CHECK(assessment.dutyApplies);
    CHECK_FALSE(assessment.undecided);
    CHECK(assessment.citation == QStringLiteral("Care Act 2014 s.42(1)"));
    CHECK(assessment.explanation.contains(QStringLiteral("s.42(1)")));
}

TEST_CASE("any condition answered no means the s.42 duty does not apply")
{
    CHECK_FALSE(assessSection42(answered(N, Y, Y)).dutyApplies);
    CHECK_FALSE(assessSection42(answered(Y, N, Y)).dutyApplies);
    CHECK_FALSE(assessSection42(answered(Y, Y, N)).dutyApplies);
    CHECK_FALSE(assessSection42(answered(Y, Y, N)).undecided);
}

TEST_CASE("a condition not yet known leaves the s.42 decision undecided rather than no")
{
    const auto assessment = assessSection42(answered(Y, U, Y));
    CHECK_FALSE(assessment.dutyApplies);
    CHECK(assessment.undecided);
}

TEST_CASE("a s.42 enquiry recorded without all three conditions met is pointed out")
{
    Section42Decision decision = answered(Y, N, Y);
    decision.decision = EnquiryDecision::Section42;
    CHECK_FALSE(section42Inconsistency(decision).isEmpty());
}

TEST_CASE("no enquiry when all three conditions are met is pointed out")
{
    Section42Decision decision = answered(Y, Y, Y);
    decision.decision = EnquiryDecision::NoEnquiry;
    decision.responseGiven = QStringLiteral("Signposted to the GP");
    CHECK(section42Inconsistency(decision).contains(QStringLiteral("duty")));
}

TEST_CASE("a concern that does not become a s.42 enquiry still needs a recorded response")
{
    Section42Decision decision = answered(Y, Y, N);
    decision.decision = EnquiryDecision::OtherEnquiry;
    CHECK(section42Inconsistency(decision).contains(QStringLiteral("response")));
    decision.responseGiven = QStringLiteral(
        "Other enquiry with the care provider; carer's assessment offered");
    CHECK(section42Inconsistency(decision).isEmpty());
}
