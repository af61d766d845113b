#pragma once

#include "model/EasyReadLetter.h"
#include "model/LetterDelivery.h"

#include <QString>

#include <vector>

namespace alongside::core {

// What still stands between a drafted letter and the person reading it. The practitioner
// approves a letter only when there is nothing here (docs/letters.md: "A named
// worker and a phone number to contact"; "Text written for colleagues … is rewritten for the
// letter in the second person before it is sent"; nothing person-facing is sent unseen).
enum class LetterProblemKind {
    SentencesNotRead, // not every sentence ticked as read
    NoNamedContact,   // nobody named to contact
    NoContactPhone,   // no number to ring
    WorkerText,       // a sentence still in the words written for colleagues
    RouteNotAsked,    // nobody has said how it will reach them, and whether that is safe
    ReadersNotKnown,  // to be posted, but not known whether others there may read it
};

struct LetterProblem {
    LetterProblemKind kind = LetterProblemKind::SentencesNotRead;
    QString message;  // one plain sentence for the practitioner, saying what to do and where
    QString sentence; // WorkerText: the sentence as it stands in the letter
};

// Every problem, in the order a practitioner would fix them: contact details, then each
// sentence still in colleagues' words (in letter order), then how it will reach them, then the
// reading. `delivery`: the safe-to-send answer recorded for the letter, if any.
std::vector<LetterProblem> letterReadiness(const EasyReadLetter& letter,
                                           const std::optional<LetterDelivery>& delivery);

// The sentence about missing contact details among `problems`, or empty: shown as soon as the
// letter opens, since the practitioner adds them elsewhere (File → About you (who is writing)…).
QString contactProblem(const std::vector<LetterProblem>& problems);

} // namespace alongside::core
