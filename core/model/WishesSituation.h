#pragma once

#include "model/Answers.h"

#include <QString>

namespace alongside::core {

enum class PersonsWish { NotKnown, WantsAction, DoesNotWantAction };

// One reason the person's wish may not settle what happens, and why it applies here.
struct OverridingFactor {
    YesNoUnknown present = YesNoUnknown::NotKnown;
    QString why;
};

// When the person does not want anything done (CSSG ch.14; docs/checks.md, "wishes").
struct WishesSituation {
    PersonsWish wish = PersonsWish::NotKnown;
    QString inTheirOwnWords;
    YesNoUnknown capacityForDecision = YesNoUnknown::NotKnown; // presumed when not known
    YesNoUnknown seenAlone = YesNoUnknown::NotKnown;
    OverridingFactor othersAtRisk; // other adults or children
    OverridingFactor seriousCrime;
    OverridingFactor positionOfTrust;                 // staff or a volunteer implicated
    OverridingFactor coercion;                        // coercion, undue influence or duress
    OverridingFactor publicInterest;                  // a wider public interest
    YesNoUnknown personTold = YesNoUnknown::NotKnown; // told what will happen and what will be shared
    QString notToldBecause;                           // telling them would increase the risk
    bool closing = false;                             // the case is being proposed for closure
};

} // namespace alongside::core
