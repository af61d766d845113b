#pragma once

#include "model/Answers.h"

#include <QDate>
#include <QString>

namespace alongside::core {

// The experience questions of the Making Safeguarding Personal Outcomes Framework (LGA/ADASS,
// 2018), asked at closure of the person or, where the person cannot answer, of their
// representative (a family member, friend, carer or IMCA); docs/reporting.md.
struct ClosureExperience {
    ExperienceRespondent answeredBy = ExperienceRespondent::NotAsked;
    ExperienceAnswer listenedTo = ExperienceAnswer::NotAsked; // did they feel listened to?
    ExperienceAnswer involved = ExperienceAnswer::NotAsked;   // were they involved as they wanted?
};

// How the work ended, in the person's view where it is theirs to give.
struct Closure {
    QDate closedOn;
    // Do they feel safer? In the view of whoever answered the experience questions (the person,
    // or their representative); asked even when the other questions are not.
    FeelsSafer feelsSafer = FeelsSafer::NotAsked;
    QString riskAssessmentOutcome; // SAC SG2c label
    QString riskOutcome;           // SAC SG2e label; only where action was taken
    QString whatHappensNext;       // as written for colleagues
    ClosureExperience
        experience{}; // after whatHappensNext, so the earlier fields can still be given in order
    // What happens next, as the person reads it in their letter. Empty until written.
    QString letterNext{};
};

} // namespace alongside::core
