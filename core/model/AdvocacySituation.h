#pragma once

#include "model/AppropriateIndividual.h"
#include "model/SubstantialDifficulty.h"

#include <optional>
#include <vector>

namespace alongside::core {

// The process the person is to be involved in. The first four are care processes (Care Act
// 2014 s.67(3)); the last two are safeguarding (s.68), where the regulation 4 exceptions do
// not reach.
enum class CareActProcess {
    NeedsAssessment,         // s.9
    CarersAssessment,        // s.10
    CareAndSupportPlanning,  // s.25 (care and support plan, or a carer's support plan)
    Review,                  // s.27 (revising a plan)
    Section42Enquiry,        // s.42
    SafeguardingAdultsReview // s.44
};

bool isSafeguardingProcess(CareActProcess process);

enum class PlacementSetting { Hospital, CareHome };

// SI 2014/2889 reg 4, first case: the process is likely to end in an NHS body arranging
// accommodation in a hospital (28 days or more) or a care home (8 weeks or more).
struct NhsPlacementProspect {
    PlacementSetting setting = PlacementSetting::Hospital;
    std::optional<int> likelyDays;                                 // how long it is likely to last
    YesNoUnknown advocateInBestInterests = YesNoUnknown::NotKnown; // the council is satisfied of it
};

// SI 2014/2889 reg 4, second case: the council and the appropriate individual disagree on a
// material issue.
struct MaterialDisagreement {
    QString about;
    YesNoUnknown bothAgreeAdvocateInBestInterests = YesNoUnknown::NotKnown;
};

// Everything the Care Act advocacy check needs, for one process.
struct AdvocacySituation {
    CareActProcess process = CareActProcess::Section42Enquiry;
    // For a safeguarding adults review only: whether the adult the review is about is alive. A
    // review may be about an adult who has died (Care Act 2014 s.44(2)(a)) or one still alive
    // (s.44(3)(a)); only a living adult can be involved, which is what the advocate is for.
    YesNoUnknown adultAlive = YesNoUnknown::NotKnown;
    SubstantialDifficulty difficulty;
    // Everyone considered to represent and support them. Empty: nobody has been found.
    std::vector<AppropriateIndividual> consideredIndividuals;
    std::optional<NhsPlacementProspect> nhsPlacement;
    std::optional<MaterialDisagreement> disagreement;
};

} // namespace alongside::core
