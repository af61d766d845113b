#pragma once

#include "model/DesiredOutcome.h"
#include "rules/PlainLanguageCheck.h"

#include <QString>

namespace alongside::core {

// First drafts of the wording a letter needs, made from what the practitioner wrote for
// colleagues, so they start from something rather than a blank box. Each is only a draft: it
// is shown for the practitioner to change, with the plain-language check running on it, and
// nothing reaches a letter until they have read it. The drafts speak to the reader as "you"
// (easy read: "use 'you' and 'we'"): "Tom sorted everything himself" becomes "You sorted
// everything yourself".

// Text about the reader rewritten to them: their names, and "he", "his", "herself"… in the
// sentences that name them, become "you", "your", "yourself", with the verb agreeing.
QString speakToReader(const QString& text, const PlainLanguageReader& reader);

// A plan action as a sentence: "The agency manager will confirm Julie stays on your weekday
// visits." (to do) or "The fire service did a home fire safety visit." (done). `practitioner`
// is the practitioner's own name: their actions are "I will…".
QString draftActionForLetter(const PlanAction& action, const PlainLanguageReader& reader,
                             const QString& practitioner);

// A wish put into words by an advocate or a best-interests decision, as the letter tells it:
// "You want to go home." / "We decided you will go home."
QString draftWishForLetter(const DesiredOutcome& outcome, const PlainLanguageReader& reader);

} // namespace alongside::core
