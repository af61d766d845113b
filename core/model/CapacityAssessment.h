#pragma once

#include "model/Answers.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace alongside::core {

enum class CapacityConclusion { NotConcluded, HasCapacity, LacksCapacity };

// Grounds that can never, on their own, found a conclusion about capacity or best interests:
// MCA 2005 s.2(3) (age, appearance, a condition, behaviour), s.1(4) (an unwise decision) and
// s.4(1).
enum class UnjustifiedBasis { Age, Appearance, Condition, Behaviour, UnwiseDecision };

// One part of the functional test (MCA 2005 s.3(1)): `unable` is Yes when the person could not
// do it, even with help.
struct FunctionalFinding {
    YesNoUnknown unable = YesNoUnknown::NotKnown;
    QString evidence; // what they said and did; their words where possible
};

struct FunctionalTest {
    FunctionalFinding understand;  // the relevant information (s.3(1)(a))
    FunctionalFinding retain;      // long enough to decide (s.3(1)(b), s.3(3))
    FunctionalFinding useOrWeigh;  // as part of deciding (s.3(1)(c))
    FunctionalFinding communicate; // by any means (s.3(1)(d))
    QDateTime recordedAt;
};

// The causative nexus (s.2(1)): the inability is because of an impairment of, or a disturbance
// in the functioning of, the mind or brain.
struct CausativeNexus {
    QString impairment;
    QString howItCausesInability;
    QDateTime recordedAt;
};

// A record of one assessment: about one decision, at one time (s.2(1)).
struct CapacityAssessment {
    QString decision; // the one matter: "whether to move to Elm House"
    QDate assessedOn;
    QString assessor;
    QStringList practicableSteps; // what was done to help them decide (s.1(3))
    QString relevantInformation;  // including the foreseeable consequences (s.3(4))
    FunctionalTest functionalTest;
    CausativeNexus causativeNexus;
    CapacityConclusion conclusion = CapacityConclusion::NotConcluded;
    QList<UnjustifiedBasis> reliesOn; // anything else the conclusion leans on
};

} // namespace alongside::core
