#include "rules/NhsNumber.h"
#include "support/Catch.h"

using alongside::core::isValidNhsNumber;

TEST_CASE("an NHS number with a correct modulus 11 check digit is valid, with or without spaces")
{
    CHECK(isValidNhsNumber(QStringLiteral("9434765919")));
    CHECK(isValidNhsNumber(QStringLiteral("943 476 5919")));
    CHECK(isValidNhsNumber(QStringLiteral("943-476-5919")));
}

TEST_CASE("an NHS number with the wrong check digit is invalid")
{
    CHECK_FALSE(isValidNhsNumber(QStringLiteral("9434765918")));
}

TEST_CASE("a number whose check digit would be 10 is never issued, so it is invalid whatever its last digit")
{
    for (int last = 0; last <= 9; ++last)
        CHECK_FALSE(isValidNhsNumber(QStringLiteral("000000006%1").arg(last)));
}

TEST_CASE("a check result of 11 means a check digit of 0")
{
    // Nine zeros weigh nothing: 11 - 0 = 11, which becomes a check digit of 0.
    CHECK(isValidNhsNumber(QStringLiteral("0000000000")));
}

TEST_CASE("an NHS number of the wrong length or with letters is invalid")
{
    CHECK_FALSE(isValidNhsNumber(QStringLiteral("943476591")));
    CHECK_FALSE(isValidNhsNumber(QStringLiteral("94347659190")));
    CHECK_FALSE(isValidNhsNumber(QStringLiteral("94347A5919")));
    CHECK_FALSE(isValidNhsNumber(QString()));
}
