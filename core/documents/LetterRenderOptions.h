#pragma once

#include <QString>

namespace alongside::core {

// How a letter is drawn, beyond what the letter itself says (size, tint).
struct LetterRenderOptions {
    // Not yet approved by the practitioner: every page footer says DRAFT, so nothing unseen
    // is sent by mistake.
    bool draft = false;
    // A council's own pictures (SVG or PNG named by pictogram id, e.g. "tick.svg"), used
    // instead of Alongside's where present. Empty: Alongside's own set only.
    QString councilPicturesFolder;
};

} // namespace alongside::core
