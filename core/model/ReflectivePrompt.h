#pragma once

#include "model/CodeTable.h"

#include <QString>

#include <vector>

namespace alongside::core {

// The questions a reflective supervision works through for a case: a conversation aid, not a
// form to complete. The person first, then the worry, the voices, the hard conversations,
// and what could be done differently (Making Safeguarding Personal: "what does Doris want?",
// "how good are you at having difficult conversations?").
enum class ReflectivePrompt {
    PersonWants,           // What does the person want?
    Worries,               // What are we worried about, and why?
    MissingVoice,          // Whose voice is missing?
    DifficultConversation, // How did the difficult conversation go?
    DoDifferently,         // What could we do differently?
    WhatIsWorking,         // What is working well for them?
};

// Stable storage codes (never translated or renamed).
inline constexpr CodeTable<ReflectivePrompt, 6> kReflectivePromptCodes{{
    {ReflectivePrompt::PersonWants, "person-wants"},
    {ReflectivePrompt::Worries, "worries"},
    {ReflectivePrompt::MissingVoice, "missing-voice"},
    {ReflectivePrompt::DifficultConversation, "difficult-conversation"},
    {ReflectivePrompt::DoDifferently, "do-differently"},
    {ReflectivePrompt::WhatIsWorking, "what-is-working"},
}};

// In the order a conversation would take them.
std::vector<ReflectivePrompt> reflectivePrompts();
// The question as it is asked ("Whose voice is missing?").
QString promptQuestion(ReflectivePrompt prompt);
// A quieter line under the question, to open it up.
QString promptHint(ReflectivePrompt prompt);

} // namespace alongside::core
