#pragma once

#include <QCoreApplication>

namespace alongside::core {

// The translation context for the easy-read letters' words (templates, headings, footer,
// picture descriptions): LetterText::tr("…"). A Welsh letter is a translation of these; the
// structure of the letter does not change by language.
struct LetterText {
    Q_DECLARE_TR_FUNCTIONS(alongside::core::LetterText)
};

} // namespace alongside::core
