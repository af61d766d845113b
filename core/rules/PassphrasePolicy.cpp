#include "rules/PassphrasePolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <zxcvbn.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace alongside::core {

namespace {

struct PassphraseText {
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)
};

// The example shown in every refusal and in the advice. It is on the deny-list too: whatever a
// screen suggests is among the first things an attacker tries.
constexpr char16_t kExample[] = u"marble teapot glacier";

// zxcvbn-c scores every separator between words as a random symbol (about 7.6 bits each), but
// an attacker combining word lists tries the usual separators (space, hyphen, dot, underscore…)
// first: about 3 bits for the choice, and 3 more for each later separator that differs.
constexpr double kSeparatorChoiceBits = 3.0;

// Words an attacker who knows what the store is for would try first (zxcvbn's user dictionary).
constexpr std::array kContextWords = {
    "alongside", "safeguarding", "safeguard",    "personal", "council",    "social", "care",
    "adult",     "adults",       "practitioner", "password", "passphrase", "store",  "team",
};

bool isWellKnown(const QString& lowered)
{
    // The few that lists of breached passwords put first at this length, our own name, and
    // passphrases that have been printed as examples (here and in a famous comic).
    static constexpr std::array known = {
        u"password1234",  u"password12345",  u"passwordpassword",
        u"123456789012",  u"qwertyuiop12",   u"qwertyuiopas",
        u"1q2w3e4r5t6y",  u"iloveyou1234",   u"alongside123",
        u"alongside1234", u"safeguarding",   u"safeguarding1",
        u"abcdefghijkl",  u"letmeinletmein", u"correct horse battery staple",
        kExample,
    };
    return std::any_of(known.begin(), known.end(),
                       [&lowered](const char16_t* entry) { return lowered == QStringView(entry); });
}

// Letters with accents are scored as the plain letter (ŵ as w): zxcvbn's dictionaries are
// unaccented, and an attacker folds accents as readily as case. Other scripts are passed on as
// UTF-8, which zxcvbn can only treat as random bytes (so it overestimates them).
QByteArray foldedUtf8(QStringView text)
{
    QString folded;
    for (const QChar c : text.toString().normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded.toUtf8();
}

double zxcvbnBits(const QByteArray& utf8)
{
    std::array<const char*, kContextWords.size() + 1> dictionary{};
    std::copy(kContextWords.begin(), kContextWords.end(), dictionary.begin());
    return ZxcvbnMatch(utf8.constData(), dictionary.data(), nullptr);
}

// The lower of zxcvbn's own estimate and the estimate for the words run together plus a fair
// allowance for the separators between them.
double estimatedBits(QStringView candidate)
{
    QByteArray whole = foldedUtf8(candidate);
    QByteArray joined;
    QList<QByteArray> separators;
    QByteArray separator;
    for (const char byte : whole) {
        const bool wordPart = std::isalnum(static_cast<unsigned char>(byte)) || (byte & 0x80);
        if (wordPart) {
            if (!separator.isEmpty())
                separators << separator;
            separator.clear();
            joined += byte;
        } else {
            separator += byte;
        }
    }
    if (!separator.isEmpty())
        separators << separator;
    double bits = zxcvbnBits(whole);
    if (!separators.isEmpty() && !joined.isEmpty()) {
        double separatorBits = kSeparatorChoiceBits;
        for (const QByteArray& each : separators) {
            if (each != separators.front())
                separatorBits += kSeparatorChoiceBits;
        }
        bits = std::min(bits, zxcvbnBits(joined) + separatorBits);
    }
    // The copies held the passphrase; overwrite them before they go back to the heap.
    std::fill(whole.begin(), whole.end(), '\0');
    std::fill(joined.begin(), joined.end(), '\0');
    return bits;
}

QString exampleSentenceEnd()
{
    return PassphraseText::tr("three random words work well, for example ‘%1’.")
        .arg(QString::fromUtf16(kExample));
}

} // namespace

PassphraseStrength estimatePassphrase(QStringView candidate)
{
    PassphraseStrength strength;
    if (candidate.isEmpty())
        return strength;
    if (isWellKnown(candidate.toString().toLower())) {
        strength.level = PassphraseStrength::Level::VeryWeak;
        return strength;
    }
    strength.guessesLog10 = estimatedBits(candidate) * std::log10(2.0);
    strength.acceptable = strength.guessesLog10 >= kMinimumGuessesLog10;
    using Level = PassphraseStrength::Level;
    if (strength.guessesLog10 < 6)
        strength.level = Level::VeryWeak;
    else if (!strength.acceptable)
        strength.level = Level::Weak;
    else if (strength.guessesLog10 < 12)
        strength.level = Level::Good;
    else if (strength.guessesLog10 < 14)
        strength.level = Level::Strong;
    else
        strength.level = Level::VeryStrong;
    return strength;
}

PassphraseVerdict assessPassphrase(QStringView candidate)
{
    if (candidate.isEmpty())
        return {false, PassphraseText::tr("Enter a passphrase: %1").arg(exampleSentenceEnd())};
    if (isWellKnown(candidate.toString().toLower()))
        return {false,
                PassphraseText::tr("That passphrase is one that attackers try first: %1")
                    .arg(exampleSentenceEnd())};
    if (!estimatePassphrase(candidate).acceptable)
        return {
            false,
            PassphraseText::tr("That passphrase would be too easy to guess: %1").arg(exampleSentenceEnd())};
    return {true, {}};
}

QString passphraseAdvice()
{
    return PassphraseText::tr("Three random words work well, for example ‘%1’. Avoid names, dates and "
                              "well-known phrases.")
        .arg(QString::fromUtf16(kExample));
}

} // namespace alongside::core
