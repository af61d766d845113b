#pragma once

#include <QFont>

namespace alongside::core {

// No ligatures: "fi" drawn as one glyph comes out of a Qt PDF as a character pdftotext and
// screen readers drop ("finished" reads "nished"), so a reader who copies or searches the text
// would not find the word. Qt shapes without ligatures when letter spacing is set; a hundredth
// of a percent is invisible.
inline void preventLigatures(QFont& font)
{
    font.setLetterSpacing(QFont::PercentageSpacing, 100.01);
}

} // namespace alongside::core
