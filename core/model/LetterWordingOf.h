#pragma once

namespace alongside::core {

// The records that keep their own wording for the easy-read letter, beside what was written
// for colleagues (schema step 7): what the letter says about…
enum class LetterWordingOf {
    Outcome, // …a wish put into words by an advocate or in best interests (DesiredOutcome::letterWording)
    Achievement, // …why a wish happened or did not (OutcomeAchievement::letterWhy); row: the outcome
    Action,      // …a piece of work in the plan (PlanAction::letterWording)
    Closure,     // …what happens next when the case closes (Closure::letterNext); row: the case
};

} // namespace alongside::core
