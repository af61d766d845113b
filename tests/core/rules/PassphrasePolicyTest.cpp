#include "rules/PassphrasePolicy.h"
#include "support/Catch.h"

using alongside::core::assessPassphrase;
using alongside::core::estimatePassphrase;
using alongside::core::PassphraseStrength;

TEST_CASE("three uncommon random words are accepted")
{
    CHECK(assessPassphrase(u"kettle orchard lantern").acceptable);
    CHECK(assessPassphrase(u"violet harbour thistle").acceptable);
    CHECK(assessPassphrase(u"walnut-ferry-blossom").acceptable);
}

TEST_CASE("a random-looking passphrase is accepted without any rule about its make-up")
{
    CHECK(assessPassphrase(u"tr0ub4dor&3x").acceptable);
    CHECK(assessPassphrase(u"x7#Qp2!v").acceptable);
}

TEST_CASE("repeated or patterned words are refused however many there are")
{
    CHECK_FALSE(assessPassphrase(u"aaa aaa aaa").acceptable);
    CHECK_FALSE(assessPassphrase(u"abc abc abc").acceptable);
    CHECK_FALSE(assessPassphrase(u"aaaaaaaaaaaaaaaa").acceptable);
}

TEST_CASE("three very common short words are refused: a word list guesses them quickly")
{
    // zxcvbn alone scores each space as a random symbol and would accept these.
    CHECK_FALSE(assessPassphrase(u"cat dog cow").acceptable);
    CHECK_FALSE(assessPassphrase(u"cat-dog-owl").acceptable);
    CHECK_FALSE(assessPassphrase(u"one two three").acceptable);
}

TEST_CASE("a common password dressed up with capitals, digits and a symbol is refused")
{
    CHECK_FALSE(assessPassphrase(u"Password123!").acceptable);
    CHECK_FALSE(assessPassphrase(u"Summer2024!!").acceptable);
    CHECK_FALSE(assessPassphrase(u"Alongside2026!").acceptable);
}

TEST_CASE("a refusal is one plain sentence with a three-random-words example")
{
    const auto verdict = assessPassphrase(u"cat dog cow");
    CHECK_FALSE(verdict.acceptable);
    CHECK(verdict.reason.contains(QStringLiteral("too easy to guess")));
    CHECK(verdict.reason.contains(QStringLiteral("three random words")));
    CHECK(verdict.reason.count(QLatin1Char('.')) == 1);
    CHECK(verdict.reason.endsWith(QLatin1Char('.')));
}

TEST_CASE("passphrases that attackers try first are refused whatever their case, the shown example included")
{
    CHECK_FALSE(assessPassphrase(u"Password1234").acceptable);
    CHECK_FALSE(assessPassphrase(u"SAFEGUARDING").acceptable);
    CHECK_FALSE(assessPassphrase(u"Correct Horse Battery Staple").acceptable);
    const auto example = assessPassphrase(u"marble teapot glacier");
    CHECK_FALSE(example.acceptable);
    CHECK(example.reason.contains(QStringLiteral("attackers try first")));
}

TEST_CASE("an empty passphrase is refused with a plain message")
{
    const auto verdict = assessPassphrase(u"");
    CHECK_FALSE(verdict.acceptable);
    CHECK(verdict.reason.contains(QStringLiteral("three random words")));
}

TEST_CASE("accents do not make a common password look random")
{
    // Scored as the plain letters: otherwise each accented letter counts as random bytes.
    CHECK_FALSE(assessPassphrase(u"Pässwörd123!").acceptable);
    CHECK_FALSE(assessPassphrase(u"ŵŵŵŵŵŵŵŵŵŵŵŵ").acceptable);
    CHECK(assessPassphrase(u"cwtsh hiraeth mynydd").acceptable);
}

TEST_CASE("the strength estimate rises through the levels as a passphrase grows")
{
    CHECK(estimatePassphrase(u"").level == PassphraseStrength::Level::Empty);
    CHECK(estimatePassphrase(u"cat").level == PassphraseStrength::Level::VeryWeak);
    CHECK(estimatePassphrase(u"cat dog cow").level == PassphraseStrength::Level::Weak);
    const auto good = estimatePassphrase(u"kettle orchard lantern");
    CHECK(good.acceptable);
    CHECK(good.guessesLog10 >= 10.0);
    CHECK(good.level >= PassphraseStrength::Level::Good);
    CHECK(estimatePassphrase(u"kettle orchard lantern badger quilt").level
          == PassphraseStrength::Level::VeryStrong);
}
