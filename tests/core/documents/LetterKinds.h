#pragma once

#include "documents/EasyReadLetterBuilder.h"
#include "model/CaseRecord.h"

#include <QString>

#include <vector>

namespace alongside::test {

// One letter of each kind the issue names, from the demo journeys, with the wording for the
// letter written as a practitioner would write it (so the letters are the ones the person
// would read): fully met, partly met, not met, an advocate's, best interests, never spoken
// with, closed without their view.
struct LetterKind {
    QString name; // "fully-met", used for file names
    core::CaseRecord record;
    core::LetterSources sources;
};
std::vector<LetterKind> letterKinds();

} // namespace alongside::test
