#pragma once

#include "model/AdvocacySituation.h"
#include "model/Answers.h"

#include <QDate>

#include <optional>

namespace alongside::core {

// Who there is to consult about the person's best interests, other than people caring for
// them professionally or for pay. The common condition of MCA 2005 ss.37-39, 39A and 39C and
// of SI 2006/2883 reg 3 is that there is nobody.
struct PeopleToConsult {
    // A relative or friend who is appropriate to consult: able and willing, and not paid.
    YesNoUnknown familyOrFriends = YesNoUnknown::NotKnown;
    bool nominatedPerson = false; // someone the person named to be consulted
    bool attorney = false;        // a donee of a lasting (or enduring) power of attorney for the matter
    bool deputy = false;          // a deputy appointed by the Court of Protection for the matter
};

// MCA 2005 s.37: an NHS body proposes serious medical treatment.
struct SeriousMedicalTreatment {
    YesNoUnknown lacksCapacityToConsent = YesNoUnknown::NotKnown;
    YesNoUnknown urgent = YesNoUnknown::NotKnown;
    YesNoUnknown mentalHealthActPart4 = YesNoUnknown::NotKnown; // treatment regulated by MHA 1983 Part 4
};

// MCA 2005 s.38: an NHS body proposes accommodation in, or a move to, a hospital or care home.
struct NhsAccommodation {
    YesNoUnknown lacksCapacityToAgree = YesNoUnknown::NotKnown;
    PlacementSetting setting = PlacementSetting::CareHome;
    std::optional<int> likelyDays;
    YesNoUnknown urgent = YesNoUnknown::NotKnown;
    YesNoUnknown mentalHealthActObligation = YesNoUnknown::NotKnown; // accommodated under an MHA obligation
    bool dolsRelevantPlace = false; // the place named in a DoLS request with its own IMCA (s.38(2A))
};

enum class AccommodationBasis {
    CareActPart1,        // Care Act 2014 Part 1
    MentalHealthActS117, // after-care, MHA 1983 s.117
    Other                // arranged some other way, e.g. privately
};

// MCA 2005 s.39: the council proposes residential accommodation, or a move.
struct CouncilAccommodation {
    YesNoUnknown lacksCapacityToAgree = YesNoUnknown::NotKnown;
    AccommodationBasis basis = AccommodationBasis::CareActPart1;
    std::optional<int> likelyDays;
    YesNoUnknown urgent = YesNoUnknown::NotKnown;
    YesNoUnknown mentalHealthActObligation = YesNoUnknown::NotKnown;
    bool dolsRelevantPlace = false; // s.39(3A)
};

// SI 2006/2883 reg 3: a review of accommodation arranged by an NHS body or the council.
struct CareReview {
    YesNoUnknown lacksCapacity = YesNoUnknown::NotKnown; // to agree to the arrangements
    QDate accommodatedSince;
    QDate reviewOn; // proposed or under way; the 12 weeks are counted to this day
    YesNoUnknown mentalHealthActObligation = YesNoUnknown::NotKnown;
};

enum class AllegationKind { AbusedOrNeglected, AbusingAnother };

// SI 2006/2883 reg 4: protective measures taken or proposed after an allegation.
struct AdultProtection {
    YesNoUnknown lacksCapacityToAgreeToMeasures = YesNoUnknown::NotKnown;
    AllegationKind allegation = AllegationKind::AbusedOrNeglected;
};

// Deprivation of Liberty Safeguards (MCA 2005 Schedule A1).
enum class DolsStage {
    Requested, // an urgent authorisation given or a standard one requested (s.39B)
    Authorised // a standard authorisation in force
};
enum class RepresentativeKind { None, Unpaid, Paid }; // the relevant person's representative

struct DolsFacts {
    DolsStage stage = DolsStage::Requested;
    RepresentativeKind representative = RepresentativeKind::None;
    bool representativeAppointmentEnded = false; // s.39C(1)(b)
    bool personAsks = false;                     // s.39D(3)
    bool representativeAsks = false;             // s.39D(4)
    // s.39D(5): reason to believe that, without an IMCA, they would be unable to use their
    // rights of review and to apply to court, or have not or will not when it would be reasonable.
    YesNoUnknown rightsAtRisk = YesNoUnknown::NotKnown;
};

// What the IMCA check needs. A trigger that is not in prospect is left empty.
struct ImcaSituation {
    PeopleToConsult peopleToConsult;
    std::optional<SeriousMedicalTreatment> seriousMedicalTreatment;
    std::optional<NhsAccommodation> nhsAccommodation;
    std::optional<CouncilAccommodation> councilAccommodation;
    std::optional<CareReview> careReview;
    std::optional<AdultProtection> adultProtection;
    std::optional<DolsFacts> dols;
};

} // namespace alongside::core
