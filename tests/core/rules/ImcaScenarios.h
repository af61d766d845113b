#pragma once

// Situations the IMCA scenario tests start from: each meets its trigger, so a test can change
// one fact and see the answer move.

#include "rules/ImcaCheck.h"

#include "RuleAssertions.h"
#include "support/Catch.h"

namespace alongside::test::imca {

using namespace alongside::core;

inline constexpr auto Yes = YesNoUnknown::Yes;
inline constexpr auto No = YesNoUnknown::No;
inline constexpr auto NotKnown = YesNoUnknown::NotKnown;

inline PeopleToConsult nobody()
{
    PeopleToConsult people;
    people.familyOrFriends = No;
    return people;
}

inline ImcaSituation treatment(YesNoUnknown urgent = No)
{
    ImcaSituation situation;
    situation.peopleToConsult = nobody();
    situation.seriousMedicalTreatment = SeriousMedicalTreatment{Yes, urgent, No, Yes};
    return situation;
}

inline CouncilAccommodation careHomeMove(int days)
{
    CouncilAccommodation move;
    move.lacksCapacityToAgree = Yes;
    move.basis = AccommodationBasis::CareActPart1;
    move.likelyDays = days;
    move.urgent = No;
    move.mentalHealthActObligation = No;
    return move;
}

inline NhsAccommodation nhsStay(PlacementSetting setting, int days)
{
    NhsAccommodation stay;
    stay.lacksCapacityToAgree = Yes;
    stay.setting = setting;
    stay.likelyDays = days;
    stay.urgent = No;
    stay.mentalHealthActObligation = No;
    return stay;
}

inline CareReview reviewAfter(int days)
{
    CareReview review;
    review.lacksCapacity = Yes;
    review.accommodatedSince = QDate(2025, 1, 6);
    review.reviewOn = review.accommodatedSince.addDays(days);
    review.mentalHealthActObligation = No;
    return review;
}

inline const ImcaFinding& only(const ImcaResult& result)
{
    REQUIRE(result.findings.size() == 1);
    return result.findings.front();
}

} // namespace alongside::test::imca
