#pragma once

#include <QString>
#include <QStringView>

namespace alongside::core {

struct PassphraseVerdict {
    bool acceptable = false;
    QString reason; // empty when acceptable; otherwise one plain sentence with a suggestion
};

// In the spirit of NCSC password guidance: length over complexity, no composition rules.
// Accepts 12 or more characters, or three or more words of three letters or more ("three
// random words"). Rejects a single repeated character and passphrases on a short list of the
// ones attackers try first. Pure: no storage, no clock.
PassphraseVerdict assessPassphrase(QStringView candidate);

constexpr int kMinimumPassphraseLength = 12;
constexpr int kMinimumWordCount = 3;

} // namespace alongside::core
