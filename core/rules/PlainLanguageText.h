#pragma once

#include <QCoreApplication>

namespace alongside::core {

// The translation context for the plain-language check's reasons, suggestions, rules and
// jargon alternatives: PlainLanguageText::tr("…").
struct PlainLanguageText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::PlainLanguageText)
};

} // namespace alongside::core
