#pragma once

#include "model/Answers.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace alongside::core {

// One wording of a desired outcome, with the day it was said. Outcomes change as the work
// goes on; every revision is kept, never overwritten.
struct OutcomeRevision {
    QDate recordedOn;
    QString wording; // the person's own words (or the advocate's / best-interests wording)
    QString context; // optional: "after the meeting with the agency"
};

enum class Achievement { Fully, Partly, Not };
QString storageCode(Achievement value);
std::optional<Achievement> achievementFromCode(const QString& code);
QString sacLabel(Achievement value); // SG4a: Fully Achieved / Partially Achieved / Not Achieved

// At closure, in the person's view.
struct OutcomeAchievement {
    Achievement achieved = Achievement::Not;
    QString why; // the honest reason, as written for colleagues
    QDate recordedOn;
    // The same reason as the person reads it in their letter: "you", short sentences, no
    // shorthand ("You chose to sort your things yourself."). Empty until written.
    QString letterWhy{};
};

struct DesiredOutcome {
    qint64 id = 0;
    OutcomeVoice voice = OutcomeVoice::Person;
    std::vector<OutcomeRevision> revisions; // oldest first; never empty once saved
    std::optional<OutcomeAchievement> achievement;
    // For an outcome put into words by an advocate or a best-interests decision: how the
    // letter tells the person about it ("You want to stay in your own flat."), since those
    // words are not theirs and cannot be quoted. Unused for the person's own words, which the
    // letter quotes exactly. Empty until written.
    QString letterWording{};

    const OutcomeRevision* current() const { return revisions.empty() ? nullptr : &revisions.back(); }
    QDate firstRecordedOn() const { return revisions.empty() ? QDate() : revisions.front().recordedOn; }
    QDate lastRevisitedOn() const { return revisions.empty() ? QDate() : revisions.back().recordedOn; }
};

// Who does what by when, and which outcome it serves. An action ends one of two ways, each
// kept with why: done (doneOn; `endedWhy` says how it went, if anything), or no longer needed
// (noLongerNeededOn; `endedWhy` says why, always). Ended actions stay in the plan and history.
struct PlanAction {
    qint64 id = 0;
    qint64 outcomeId = 0; // 0: serves the case as a whole
    QString who;
    QString what;
    QDate dueOn;
    QDate doneOn; // null while outstanding
    // The action as the person reads it in their letter ("The fire service will visit you to
    // check your smoke alarms."). Empty until written.
    QString letterWording{};
    QDate noLongerNeededOn{}; // null unless it stopped being needed before it was done
    QString endedWhy{};       // how it went, or why it is no longer needed

    bool isOpen() const { return !doneOn.isValid() && !noLongerNeededOn.isValid(); }
};

// How a plan action ends (CaseRepository::endAction).
struct ActionEnd {
    enum class Kind { Done, NoLongerNeeded };
    Kind kind = Kind::Done;
    QDate on;
    QString why; // required for NoLongerNeeded
};

} // namespace alongside::core
