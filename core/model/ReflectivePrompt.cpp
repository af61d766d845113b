#include "model/ReflectivePrompt.h"

#include <QCoreApplication>

namespace alongside::core {

std::vector<ReflectivePrompt> reflectivePrompts()
{
    return {ReflectivePrompt::PersonWants,
            ReflectivePrompt::WhatIsWorking,
            ReflectivePrompt::Worries,
            ReflectivePrompt::MissingVoice,
            ReflectivePrompt::DifficultConversation,
            ReflectivePrompt::DoDifferently};
}

QString promptQuestion(ReflectivePrompt prompt)
{
    switch (prompt) {
    case ReflectivePrompt::PersonWants:
        return QCoreApplication::translate("ReflectivePrompt", "What does the person want?");
    case ReflectivePrompt::WhatIsWorking:
        return QCoreApplication::translate("ReflectivePrompt", "What is working well for them?");
    case ReflectivePrompt::Worries:
        return QCoreApplication::translate("ReflectivePrompt", "What are we worried about, and why?");
    case ReflectivePrompt::MissingVoice:
        return QCoreApplication::translate("ReflectivePrompt", "Whose voice is missing?");
    case ReflectivePrompt::DifficultConversation:
        return QCoreApplication::translate("ReflectivePrompt", "How did the difficult conversation go?");
    case ReflectivePrompt::DoDifferently:
        return QCoreApplication::translate("ReflectivePrompt", "What could we do differently?");
    }
    return {};
}

QString promptHint(ReflectivePrompt prompt)
{
    switch (prompt) {
    case ReflectivePrompt::PersonWants:
        return QCoreApplication::translate("ReflectivePrompt", "In their words, if we have them.");
    case ReflectivePrompt::WhatIsWorking:
        return QCoreApplication::translate("ReflectivePrompt", "Strengths, people and places that help.");
    case ReflectivePrompt::Worries:
        return QCoreApplication::translate("ReflectivePrompt",
                                           "And is it our worry, theirs, or someone else's?");
    case ReflectivePrompt::MissingVoice:
        return QCoreApplication::translate("ReflectivePrompt",
                                           "The person on their own, family, an advocate, other agencies.");
    case ReflectivePrompt::DifficultConversation:
        return QCoreApplication::translate(
            "ReflectivePrompt", "Where their wishes cannot be met, or something hard had to be said.");
    case ReflectivePrompt::DoDifferently:
        return QCoreApplication::translate("ReflectivePrompt", "Next time, or from tomorrow.");
    }
    return {};
}

} // namespace alongside::core
