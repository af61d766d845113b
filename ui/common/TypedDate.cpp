#include "common/TypedDate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <cstdlib>
#include <limits>

namespace alongside::ui {

namespace {

struct TypedDateText {
    Q_DECLARE_TR_FUNCTIONS(TypedDate)
};

// English month names and their usual short forms, matched on the first three letters so
// "Sept", "Sep" and "September" all read as September. The locale's own names are tried too.
int monthFromWord(const QString& word)
{
    static const std::array<const char*, 12> english = {"jan", "feb", "mar", "apr", "may", "jun",
                                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = word.toLower();
    if (lower.size() >= 3) {
        for (int month = 0; month < 12; ++month) {
            if (lower.startsWith(QLatin1String(english[static_cast<std::size_t>(month)])))
                return month + 1;
        }
    }
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        if (lower == locale.monthName(month).toLower()
            || lower == locale.monthName(month, QLocale::ShortFormat).toLower())
            return month;
    }
    return 0;
}

int fullYear(int typed, int digits, const QDate& today, DateDirection direction, int month, int day)
{
    if (digits != 2)
        return typed;
    const int century = today.year() / 100 * 100;
    const int candidates[] = {century - 100 + typed, century + typed, century + 100 + typed};
    int best = candidates[1];
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (const int year : candidates) {
        const QDate date(year, month, qMin(day, 28)); // the distance only needs the month
        const qint64 distance = today.daysTo(date);
        if (direction == DateDirection::Past && distance > 0)
            continue;
        if (direction == DateDirection::Future && distance < -31)
            continue;
        if (std::abs(distance) < bestDistance) {
            bestDistance = std::abs(distance);
            best = year;
        }
    }
    return best;
}

TypedDate dayOf(int year, int month, int day)
{
    TypedDate result;
    if (month < 1 || month > 12) {
        result.problem =
            TypedDateText::tr("There is no month %1: the day comes first, then the month.").arg(month);
        return result;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        result.problem =
            TypedDateText::tr("There is no %1 %2 %3.").arg(day).arg(QLocale().monthName(month)).arg(year);
        return result;
    }
    result.date = date;
    return result;
}

TypedDate notADate(const QString& text)
{
    TypedDate result;
    result.problem =
        TypedDateText::tr("“%1” is not a date this can read. Try 12 Mar 1941 or 12/03/1941.").arg(text);
    return result;
}

} // namespace

TypedDate readTypedDate(const QString& text, const QDate& today, DateDirection direction)
{
    const QString typed = text.simplified();
    if (typed.isEmpty()) {
        TypedDate empty;
        empty.isEmpty = true;
        return empty;
    }
    const QString lower = typed.toLower();
    if (lower == TypedDateText::tr("today") || lower == QLatin1String("today"))
        return dayOf(today.year(), today.month(), today.day());
    if (lower == TypedDateText::tr("yesterday") || lower == QLatin1String("yesterday")) {
        const QDate day = today.addDays(-1);
        return dayOf(day.year(), day.month(), day.day());
    }
    if (lower == TypedDateText::tr("tomorrow") || lower == QLatin1String("tomorrow")) {
        const QDate day = today.addDays(1);
        return dayOf(day.year(), day.month(), day.day());
    }

    // 1941-03-12: the one order with the year first.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const QRegularExpressionMatch match = iso.match(typed); match.hasMatch())
        return dayOf(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());

    // 12/03/1941, 12-3-41, 12.03.1941, 12 03 1941: day, month, year.
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{2}|\\d{4})$"));
    if (const QRegularExpressionMatch match = numeric.match(typed); match.hasMatch()) {
        const int day = match.captured(1).toInt();
        const int month = match.captured(2).toInt();
        const int year = fullYear(match.captured(3).toInt(), static_cast<int>(match.captured(3).size()),
                                  today, direction, qBound(1, month, 12), day);
        return dayOf(year, month, day);
    }

    // 12 Mar 1941, 12th March 1941, 12-Mar-41: day, month in words, year.
    static const QRegularExpression dayFirst(
        QStringLiteral(
            "^(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.,]*([^\\d\\s\\-/.,]+)[\\s\\-/.,]*(\\d{2}|\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    // March 12, 1941: month in words first.
    static const QRegularExpression monthFirst(
        QStringLiteral(
            "^([^\\d\\s\\-/.,]+)[\\s\\-/.,]*(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.,]+(\\d{2}|\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    int day = 0;
    QString monthWord;
    QString yearText;
    if (const QRegularExpressionMatch match = dayFirst.match(typed); match.hasMatch()) {
        day = match.captured(1).toInt();
        monthWord = match.captured(2);
        yearText = match.captured(3);
    } else if (const QRegularExpressionMatch other = monthFirst.match(typed); other.hasMatch()) {
        monthWord = other.captured(1);
        day = other.captured(2).toInt();
        yearText = other.captured(3);
    } else {
        return notADate(typed);
    }
    const int month = monthFromWord(monthWord);
    if (month == 0)
        return notADate(typed);
    const int year = fullYear(yearText.toInt(), static_cast<int>(yearText.size()), today, direction, month,
                              day);
    return dayOf(year, month, day);
}

} // namespace alongside::ui
