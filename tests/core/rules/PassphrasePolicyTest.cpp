#include "rules/PassphrasePolicy.h"
#include "support/Catch.h"

using alongside::core::assessPassphrase;

TEST_CASE("a passphrase of twelve characters is accepted")
{
    CHECK(assessPassphrase(u"tr0ub4dor&3x").acceptable);
}

TEST_CASE("three random words are accepted even when shorter than twelve characters")
{
    CHECK(assessPassphrase(u"cat dog owl").acceptable);
    CHECK(assessPassphrase(u"owl-fig-yam").acceptable);
}

TEST_CASE("a short passphrase is refused with a suggestion to use three random words")
{
    const auto verdict = assessPassphrase(u"Secret1!");
    CHECK_FALSE(verdict.acceptable);
    CHECK(verdict.reason.contains(QStringLiteral("12 characters")));
    CHECK(verdict.reason.contains(QStringLiteral("three random words")));
}

TEST_CASE("two words are not enough when they are short")
{
    CHECK_FALSE(assessPassphrase(u"blue house").acceptable);
}

TEST_CASE("words of fewer than three letters do not count as words")
{
    CHECK_FALSE(assessPassphrase(u"an ox at it").acceptable);
}

TEST_CASE("one repeated character is refused however long it is")
{
    CHECK_FALSE(assessPassphrase(u"aaaaaaaaaaaaaaaa").acceptable);
}

TEST_CASE("passphrases that attackers try first are refused whatever their case")
{
    CHECK_FALSE(assessPassphrase(u"Password1234").acceptable);
    CHECK_FALSE(assessPassphrase(u"SAFEGUARDING").acceptable);
}

TEST_CASE("an empty passphrase is refused with a plain message")
{
    const auto verdict = assessPassphrase(u"");
    CHECK_FALSE(verdict.acceptable);
    CHECK_FALSE(verdict.reason.isEmpty());
}

TEST_CASE("characters outside English count as characters, not bytes")
{
    // Eleven Welsh characters: under the length rule even though it is more than 12 bytes.
    CHECK_FALSE(assessPassphrase(u"ŵŷâêîôûŵŷâê").acceptable);
    CHECK(assessPassphrase(u"ŵŷâêîôûŵŷâêî").acceptable);
}

TEST_CASE("complexity is not required: twelve lower-case letters are fine")
{
    CHECK(assessPassphrase(u"lanternkettle").acceptable);
}
