#pragma once

#include "model/Answers.h"
#include "model/CapacityAssessment.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace alongside::core {

enum class ChecklistStatus { NotAddressed, Addressed, NotApplicable };

// One item of the best-interests checklist: how it was addressed, or why it does not apply.
struct ChecklistItem {
    ChecklistStatus status = ChecklistStatus::NotAddressed;
    QString note;
};

// Whom MCA 2005 s.4(7) says to consult, where practicable and appropriate.
enum class ConsulteeRole {
    NamedByPerson,     // s.4(7)(a)
    CarerOrInterested, // s.4(7)(b): caring for them or interested in their welfare
    Attorney,          // s.4(7)(c): donee of a lasting power of attorney
    Deputy             // s.4(7)(d): deputy appointed by the court
};

struct Consultee {
    QString name;
    ConsulteeRole role = ConsulteeRole::CarerOrInterested;
    QString views; // what they said about the person's best interests and wishes
};

// A role nobody was consulted in, and why: "there is no attorney", "not practicable: …".
struct ConsultationGap {
    ConsulteeRole role = ConsulteeRole::Attorney;
    QString reason;
};

struct BestInterestsOption {
    QString description;
    bool leastRestrictive = false; // of the person's rights and freedom of action (s.1(6))
    bool chosen = false;
    QString considerations; // benefits and burdens, as the person would see them
};

// A best-interests decision record (MCA 2005 s.4, s.1(6)).
struct BestInterestsDecision {
    QString decision;
    QString decisionMaker;
    QDate decidedOn;
    YesNoUnknown lacksCapacityForDecision = YesNoUnknown::NotKnown;
    ChecklistItem allRelevantCircumstances;    // s.4(2)
    ChecklistItem regainingCapacity;           // s.4(3)
    ChecklistItem participation;               // s.4(4)
    ChecklistItem lifeSustainingTreatment;     // s.4(5)
    ChecklistItem wishesFeelingsBeliefsValues; // s.4(6)
    QString inTheirOwnWords;                   // s.4(6), as the person put it
    std::vector<Consultee> consulted;
    std::vector<ConsultationGap> notConsulted;
    std::vector<BestInterestsOption> options;
    QString whyNotLeastRestrictive;
    QList<UnjustifiedBasis> reliesOn; // s.4(1)
};

} // namespace alongside::core
