#pragma once

#include "model/EasyReadLetter.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace alongside::core {

// The edited letter as JSON, as the store keeps it (letter.body). The practitioner's picture
// is base64 inside it so a saved letter prints the same later. Unknown keys are ignored;
// a missing or malformed section kind makes the whole letter unreadable (nullopt).
QJsonObject letterToJson(const EasyReadLetter& letter);
std::optional<EasyReadLetter> letterFromJson(const QJsonObject& json);

QByteArray letterToJsonBytes(const EasyReadLetter& letter);
std::optional<EasyReadLetter> letterFromJsonBytes(const QByteArray& bytes);

} // namespace alongside::core
