#pragma once

#include "model/Answers.h"

#include <QDate>
#include <QString>

namespace alongside::core {

// How the work ended, in the person's view where it is theirs to give.
struct Closure {
    QDate closedOn;
    FeelsSafer feelsSafer = FeelsSafer::NotAsked;
    QString riskAssessmentOutcome; // SAC SG2c label
    QString riskOutcome;           // SAC SG2e label; only where action was taken
    QString whatHappensNext;       // as written for colleagues
    // What happens next, as the person reads it in their letter. Empty until written.
    QString letterNext{};
};

} // namespace alongside::core
