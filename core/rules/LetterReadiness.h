#pragma once

#include "model/EasyReadLetter.h"

#include <QString>

#include <vector>

namespace alongside::core {

// What still stands between a drafted letter and the person reading it. The practitioner
// approves a letter only when there is nothing here (shared/domain/easy-read.md: "A named
// worker and a phone number to contact"; "Text written for colleagues … is rewritten for the
// letter in the second person before it is sent"; nothing person-facing is sent unseen).
enum class LetterProblemKind {
    SentencesNotRead, // not every sentence ticked as read
    NoNamedContact,   // nobody named to contact
    NoContactPhone,   // no number to ring
    WorkerText,       // a sentence still in the words written for colleagues
};

struct LetterProblem {
    LetterProblemKind kind = LetterProblemKind::SentencesNotRead;
    QString message;  // one plain sentence for the practitioner, saying what to do and where
    QString sentence; // WorkerText: the sentence as it stands in the letter
};

// Every problem, in the order a practitioner would fix them: contact details, then each
// sentence still in colleagues' words (in letter order), then the reading.
std::vector<LetterProblem> letterReadiness(const EasyReadLetter& letter);

} // namespace alongside::core
