#include "support/Catch.h"

#include "common/TypedDate.h"

using namespace alongside::ui;

namespace {
const QDate kToday(2026, 3, 2);

QDate born(const char* typed)
{
    return readTypedDate(QString::fromUtf8(typed), kToday, DateDirection::Past).date;
}
} // namespace

TEST_CASE("a date of birth typed in the common UK ways is read as that day")
{
    const QDate expected(1941, 3, 12);
    for (const char* typed : {"12 Mar 1941", "12/03/1941", "12/3/1941", "12-03-1941", "12.03.1941",
                              "12 March 1941", "12th March 1941", "12 mar 41", "12/03/41", "March 12, 1941",
                              "1941-03-12", " 12  Mar  1941 ", "12-Mar-1941", "12 Sept 1941"}) {
        INFO(typed);
        if (QString::fromUtf8(typed).contains(QStringLiteral("Sept")))
            CHECK(born(typed) == QDate(1941, 9, 12));
        else
            CHECK(born(typed) == expected);
    }
}

TEST_CASE("the day comes before the month, as in the UK")
{
    CHECK(born("03/12/1941") == QDate(1941, 12, 3));
    CHECK_FALSE(readTypedDate(QStringLiteral("12/13/1941"), kToday, DateDirection::Past).problem.isEmpty());
}

TEST_CASE("a two-digit year is read the way the date usually lies from today")
{
    CHECK(born("12/03/41") == QDate(1941, 3, 12));
    CHECK(born("01/02/26") == QDate(2026, 2, 1));
    CHECK(born("01/04/26") == QDate(1926, 4, 1)); // a birthday cannot be next month
    CHECK(readTypedDate(QStringLiteral("1/4/26"), kToday, DateDirection::Future).date == QDate(2026, 4, 1));
    CHECK(readTypedDate(QStringLiteral("1/4/41"), kToday, DateDirection::Future).date == QDate(2041, 4, 1));
}

TEST_CASE("today, yesterday and tomorrow are read against the given day")
{
    CHECK(readTypedDate(QStringLiteral("today"), kToday, DateDirection::Either).date == kToday);
    CHECK(readTypedDate(QStringLiteral("Yesterday"), kToday, DateDirection::Either).date
          == QDate(2026, 3, 1));
    CHECK(readTypedDate(QStringLiteral("tomorrow"), kToday, DateDirection::Either).date == QDate(2026, 3, 3));
}

TEST_CASE("an impossible day is named as impossible, never moved to a nearby one")
{
    const TypedDate read = readTypedDate(QStringLiteral("31/02/2026"), kToday, DateDirection::Past);
    CHECK_FALSE(read.date.isValid());
    CHECK(read.problem.contains(QStringLiteral("31")));
    CHECK(read.problem.contains(QStringLiteral("February")));
}

TEST_CASE("text that is not a date gets a plain reason with examples, and empty text none")
{
    const TypedDate words = readTypedDate(QStringLiteral("next week sometime"), kToday, DateDirection::Past);
    CHECK_FALSE(words.date.isValid());
    CHECK(words.problem.contains(QStringLiteral("12 Mar 1941")));
    const TypedDate empty = readTypedDate(QStringLiteral("  "), kToday, DateDirection::Past);
    CHECK(empty.isEmpty);
    CHECK(empty.problem.isEmpty());
}
