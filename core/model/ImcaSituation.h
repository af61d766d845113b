#pragma once

#include "model/AdvocacySituation.h"
#include "model/Answers.h"
#include "model/AuthorisedRepresentative.h"

#include <QDate>

#include <optional>
#include <vector>

namespace alongside::core {

// Who there is to consult about the person's best interests, other than people caring for
// them professionally or for pay. The common condition of MCA 2005 ss.37-39, 39A and 39C and
// of SI 2006/2883 reg 3 is that there is nobody.
struct PeopleToConsult {
    // A relative or friend who is appropriate to consult: able and willing, and not paid. This is
    // the body's judgement ("is satisfied that there is no person ... whom it would be
    // appropriate to consult", MCA 2005 s.37(1)(b)).
    YesNoUnknown familyOrFriends = YesNoUnknown::NotKnown;
    // Anyone the person nominated to be consulted, their attorneys and deputies, each with what
    // their nomination or authority covers (MCA 2005 s.40(1); SI 2006/2883 reg 3(1)(d)).
    std::vector<AuthorisedRepresentative> representatives;
};

// MCA 2005 s.37: serious medical treatment is proposed.
struct SeriousMedicalTreatment {
    YesNoUnknown lacksCapacityToConsent = YesNoUnknown::NotKnown;
    YesNoUnknown urgent = YesNoUnknown::NotKnown;
    YesNoUnknown mentalHealthActPart4 = YesNoUnknown::NotKnown; // treatment regulated by MHA 1983 Part 4
    // Whether the body proposing to provide it, or secure it, is an NHS body (s.37(1)(a)): the
    // duty falls on NHS bodies only.
    YesNoUnknown proposedByNhsBody = YesNoUnknown::NotKnown;
};

// MCA 2005 s.38: an NHS body proposes accommodation in, or a move to, a hospital or care home.
struct NhsAccommodation {
    YesNoUnknown lacksCapacityToAgree = YesNoUnknown::NotKnown;
    PlacementSetting setting = PlacementSetting::CareHome;
    std::optional<int> likelyDays;
    YesNoUnknown urgent = YesNoUnknown::NotKnown;
    // When the arrangements were made without an IMCA, because the stay was expected to be
    // short or they were urgent; invalid while they are only proposed. The stay is then counted
    // from the first day of it (s.38(4)(b)(i)).
    QDate arrangementsMadeOn;
    YesNoUnknown mentalHealthActObligation = YesNoUnknown::NotKnown; // accommodated under an MHA obligation
    // Whether this hospital or care home is the relevant one under a DoLS authorisation for which
    // an IMCA must be appointed under s.39A or s.39C (s.38(2A)(b)).
    YesNoUnknown dolsRelevantPlace = YesNoUnknown::NotKnown;
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
    QDate arrangementsMadeOn; // as for NhsAccommodation (s.39(5))
    YesNoUnknown mentalHealthActObligation = YesNoUnknown::NotKnown;
    YesNoUnknown dolsRelevantPlace = YesNoUnknown::NotKnown; // s.39(3A)(b)
};

// The judgement on which the powers in SI 2006/2883 depend: the body may instruct an IMCA only
// if it "is satisfied ... that it would be of particular benefit to P to be so represented"
// (reg 5(1)). Recorded by the practitioner, never made by the software.
struct ParticularBenefit {
    YesNoUnknown satisfied = YesNoUnknown::NotKnown;
    QString why;
};

// SI 2006/2883 reg 3: a review of accommodation arranged by an NHS body or the council.
struct CareReview {
    YesNoUnknown lacksCapacity = YesNoUnknown::NotKnown; // to agree to the arrangements
    QDate accommodatedSince;
    QDate reviewOn; // proposed or under way; the 12 weeks are counted to this day
    YesNoUnknown mentalHealthActObligation = YesNoUnknown::NotKnown;
    ParticularBenefit particularBenefit;
};

enum class AllegationKind { AbusedOrNeglected, AbusingAnother };

// SI 2006/2883 reg 4: protective measures taken or proposed after an allegation.
struct AdultProtection {
    YesNoUnknown lacksCapacityToAgreeToMeasures = YesNoUnknown::NotKnown;
    AllegationKind allegation = AllegationKind::AbusedOrNeglected;
    // Whether a family member is implicated in the allegation. The power does not wait for there
    // to be nobody to consult; an implicated relative bears on whether an IMCA would be of
    // particular benefit, and on whom it is appropriate to consult under ss.37-39.
    YesNoUnknown familyMemberImplicated = YesNoUnknown::NotKnown;
    ParticularBenefit particularBenefit;
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
