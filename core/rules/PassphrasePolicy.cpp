#include "rules/PassphrasePolicy.h"

#include <QCoreApplication>

#include <array>

namespace alongside::core {

namespace {

int countCharacters(QStringView text)
{
    int count = 0;
    for (auto it = text.begin(); it != text.end(); ++it) {
        if (!it->isLowSurrogate())
            ++count; // a surrogate pair is one character to the person typing it
    }
    return count;
}

int countWordsOfThreeLetters(QStringView text)
{
    int words = 0;
    int run = 0;
    for (const QChar c : text) {
        if (c.isLetter()) {
            ++run;
            continue;
        }
        if (run >= 3)
            ++words;
        run = 0;
    }
    return run >= 3 ? words + 1 : words;
}

bool isOneRepeatedCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c != text.front())
            return false;
    }
    return true;
}

bool isWellKnown(QStringView text)
{
    // The few that lists of breached passwords put first at this length, and our own name.
    static constexpr std::array known = {
        u"password1234",  u"password12345",  u"passwordpassword",
        u"123456789012",  u"qwertyuiop12",   u"qwertyuiopas",
        u"1q2w3e4r5t6y",  u"iloveyou1234",   u"alongside123",
        u"alongside1234", u"safeguarding",   u"safeguarding1",
        u"abcdefghijkl",  u"letmeinletmein", u"correct horse battery staple",
    };
    const QString lowered = text.toString().toLower();
    for (const char16_t* entry : known) {
        if (lowered == QStringView(entry))
            return true;
    }
    return false;
}

} // namespace

PassphraseVerdict assessPassphrase(QStringView candidate)
{
    const QString example = QCoreApplication::translate(
        "PassphrasePolicy", "Three random words work well, for example ‘kettle orchard lantern’.");
    if (candidate.isEmpty())
        return {false,
                QCoreApplication::translate("PassphrasePolicy", "Enter a passphrase.") + u' ' + example};
    if (isOneRepeatedCharacter(candidate))
        return {false,
                QCoreApplication::translate("PassphrasePolicy",
                                            "A passphrase of one repeated character is easy to guess.")
                    + u' ' + example};
    if (isWellKnown(candidate))
        return {false,
                QCoreApplication::translate("PassphrasePolicy",
                                            "That passphrase is one that attackers try first.")
                    + u' ' + example};
    if (countCharacters(candidate) >= kMinimumPassphraseLength)
        return {true, {}};
    if (countWordsOfThreeLetters(candidate) >= kMinimumWordCount)
        return {true, {}};
    return {
        false,
        QCoreApplication::translate("PassphrasePolicy", "Use at least %1 characters, or three random words.")
                .arg(kMinimumPassphraseLength)
            + u' ' + example};
}

} // namespace alongside::core
