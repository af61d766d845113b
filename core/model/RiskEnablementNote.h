#pragma once

#include "model/Answers.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace alongside::core {

// A positive risk-taking record (docs/checks.md, "Risk enablement record"; DH "Nothing ventured,
// nothing gained", 2010). It makes the person's choice to live with a risk defensible and
// reviewable: it is not a risk score.

enum class RiskLevel { NotRated, Low, Medium, High };

// Who could come to harm. More than one may apply.
struct AtRisk {
    bool person = true;
    bool others = false; // other adults
    bool children = false;
};

struct RiskDescription {
    QString whatCouldHappen;
    AtRisk toWhom;
    RiskLevel likelihood = RiskLevel::NotRated;
    RiskLevel impact = RiskLevel::NotRated; // how serious it would be
};

struct RiskOption {
    QString description;
    bool leastRestrictive = false; // of the person's rights and freedom (MCA 2005 s.1(6) in spirit)
    bool chosen = false;
    QString considerations;
};

// One agreed step: who does what, by when. `acceptedByPerson` marks mitigations the person
// agreed to, rather than ones done around them.
struct AgreedAction {
    QString what;
    QString who;
    QDate byWhen;
    bool acceptedByPerson = true;
};

// Someone else's view of the risk: the advocate, family, another agency.
struct ViewOfOthers {
    QString whose; // "Advocate (Sam Ortiz)", "daughter", "GP surgery"
    QString view;
    bool differs = false; // their view differs from the decision
};

// What changes the picture (CSSG ch.14; docs/checks.md, "wishes"): the person's wish may not
// settle it when one of these is present.
struct RiskFlags {
    bool othersAtRisk = false;
    bool coercionOrControlSuspected = false;
    bool seriousCrime = false;
    bool positionOfTrustImplicated = false;
};

struct RiskEnablementNote {
    QString activity;         // the activity or situation
    QString whatItMeans;      // what it means to the person, in their words
    QString desiredOutcome;   // what they want from it
    QString strengths;        // strengths, resilience
    QString protectivePeople; // people and resources that protect them
    RiskDescription risk;
    QString personsView;      // their own view of the risk
    QString acceptableToThem; // what they find acceptable and proportionate
    // Capacity for this risk decision: where in doubt, the store links an MCA assessment
    // (RiskEnablementRepository keeps the id beside the note).
    YesNoUnknown capacityForDecision = YesNoUnknown::NotKnown;
    std::vector<RiskOption> options;
    QString agreed;                    // what is agreed, in words
    std::vector<AgreedAction> actions; // mitigations, who does what by when
    QString contingency;               // what if it goes wrong
    QString escalationTrigger;         // when to go to a manager, risk panel or meeting
    std::vector<ViewOfOthers> views;
    QString whereViewsDiffer;
    QString decidedBy;
    QString managerSignOff; // who signed it off, if anyone yet
    QDate decidedOn;
    QDate reviewOn;
    QString howMonitored;
    QString namedTools; // e.g. DASH, Hoarding Rating Scale score, recorded alongside
    RiskFlags flags;
};

QString storageCode(RiskLevel value);
template <>
std::optional<RiskLevel> fromStorageCode<RiskLevel>(const QString& code);
template <>
QStringList allStorageCodes<RiskLevel>();

} // namespace alongside::core
