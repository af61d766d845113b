#pragma once

#include "documents/LetterRenderOptions.h"
#include "model/EasyReadLetter.h"

#include <QString>

namespace alongside::core {

// The letter as one accessible HTML page for screen readers (Qt cannot tag PDFs): a lang
// attribute, one <h1> and an <h2> per section, each picture an inline SVG or image with alt
// text, the person's words in <q>, large print and tint as CSS. Self-contained: no external
// files or scripts. Needs no QGuiApplication.
QString letterHtml(const EasyReadLetter& letter, const LetterRenderOptions& options = {});

} // namespace alongside::core
