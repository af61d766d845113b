#pragma once

#include "model/CaseRecord.h"

namespace alongside::test {

// Field-by-field comparisons of what was written with what a repository read back, shared by
// the repository tests on each backend.
void checkSamePerson(const core::Person& loaded, const core::Person& written);
void checkSameConcern(const core::Concern& loaded, const core::Concern& written);
void checkSameDecision(const core::Section42Decision& loaded, const core::Section42Decision& written);
void checkSameOutcome(const core::DesiredOutcome& loaded, const core::DesiredOutcome& written);
void checkSameConversation(const core::Conversation& loaded, const core::Conversation& written);

} // namespace alongside::test
