#pragma once

#include <QString>
#include <QStringView>

namespace alongside::core {

// How a passphrase would fare against someone who has copied the store and guesses offline.
// The estimate is zxcvbn's (the estimator KeePassXC and many password managers use): it finds
// dictionary words, names, keyboard patterns, repeats, sequences, dates and common passwords,
// and counts the guesses an attacker who tries those first would need.
//
// The threshold: 10^10 guesses (about 33.2 bits). A store's key costs one Argon2id derivation
// per guess (256 MiB, about 0.4 s on a laptop), so even a well-equipped attacker manages in the
// order of thousands of guesses a second; 10^10 guesses is then months to years, where 10^6
// (a typical "fair" online threshold) would be minutes. NCSC guidance favours three random words
// over composition rules, and three uncommon words clear this bar.
struct PassphraseStrength {
    enum class Level { Empty, VeryWeak, Weak, Good, Strong, VeryStrong };
    Level level = Level::Empty;
    double guessesLog10 = 0; // the estimate, as a power of ten
    bool acceptable = false; // at or above the threshold and not on the deny-list
};

struct PassphraseVerdict {
    bool acceptable = false;
    QString reason; // empty when acceptable; otherwise one plain sentence with an example
};

constexpr double kMinimumGuessesLog10 = 10.0;

// Pure: no storage, no clock. Used by store creation, passphrase changes (GUI and CLI) and the
// strength bar, so all of them apply the same rule.
PassphraseStrength estimatePassphrase(QStringView candidate);
PassphraseVerdict assessPassphrase(QStringView candidate);

// The advice shown before anything is typed, with the same example as a refusal.
QString passphraseAdvice();

} // namespace alongside::core
