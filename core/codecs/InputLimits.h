#pragma once

#include "codecs/JsonLimits.h"

namespace alongside::core {

// The size limits of every JSON input Alongside reads from outside (docs/case-format.md,
// "Size limits", and docs/checks.md). A field added to the case format or to a check input
// gets its limit here, in the same change, and in the docs' tables: a test compares them.
namespace inputlimits {

// Text limits by field name, shared by the case format and the check inputs (a name means the
// same thing in both). Everything not named is ordinary text, kText characters.
constexpr qsizetype kReference = 64;
constexpr qsizetype kName = 200;
constexpr qsizetype kShortText = 1'000;
constexpr qsizetype kText = 10'000;
constexpr qsizetype kLongText = 100'000;
// A letter's picture of the practitioner, as base64 text (version 2 carries letters whole).
constexpr qsizetype kPicture = 2'000'000;

} // namespace inputlimits

const JsonLimits& caseFileLimits();
const JsonLimits& checkInputLimits();

} // namespace alongside::core
