#include "rules/PlainLanguageParts.h"
#include "rules/PlainLanguageText.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace alongside::core::plain {

namespace {

bool isWordChar(const QString& text, int i)
{
    return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber();
}

// A hard word counts as explained when this sentence or the next says what it means.
bool isExplained(const Sentence& sentence)
{
    static const QRegularExpression explanation(
        QStringLiteral("\\b(someone who|a person who|is a person|means|helps you)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return explanation.match(sentence.text).hasMatch() || explanation.match(sentence.next).hasMatch();
}

// Initials everyone knows; anything else in capitals is treated as an acronym.
bool isWellKnownInitials(const QString& word)
{
    static const QSet<QString> known{QStringLiteral("OK"), QStringLiteral("TV"), QStringLiteral("UK"),
                                     QStringLiteral("NHS"), QStringLiteral("DRAFT")};
    return known.contains(word);
}

QString englishDate(const QDate& date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

} // namespace

void checkJargon(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    const QString lower = sentence.text.toLower();
    std::vector<std::pair<int, int>> taken; // ranges already reported (longest term first)
    const auto overlaps = [&taken](int start, int end) {
        for (const auto& [from, to] : taken) {
            if (start < to && end > from)
                return true;
        }
        return false;
    };
    for (const JargonTerm& term : plainLanguageJargon()) {
        const QString needle = term.term.toLower();
        for (int at = static_cast<int>(lower.indexOf(needle)); at >= 0;
             at = static_cast<int>(lower.indexOf(needle, at + 1))) {
            const int end = at + static_cast<int>(needle.size());
            if (isWordChar(lower, at - 1) || isWordChar(lower, end) || overlaps(at, end)
                || sentence.isQuotedAt(sentence.start + at))
                continue;
            taken.emplace_back(at, end);
            if (term.explain && isExplained(sentence))
                continue;
            const QString found = sentence.text.mid(at, end - at);
            out.push_back(
                term.explain
                    ? finding(
                        sentence, sentence.start + at, end - at, plainrule::Jargon,
                        PlainLanguageText::tr("\"%1\" is a hard word. Keep it only if you explain it.")
                            .arg(found),
                        PlainLanguageText::tr("Explain it in the next sentence: \"%1\".").arg(term.plain))
                    : finding(sentence, sentence.start + at, end - at, plainrule::Jargon,
                              PlainLanguageText::tr("\"%1\" is jargon the reader may not know.").arg(found),
                              PlainLanguageText::tr("Say \"%1\" instead.").arg(term.plain)));
        }
    }
    for (const Word& word : sentence.words) {
        const int at = word.start - sentence.start;
        const bool initials = word.text.size() >= 2 && word.text.size() <= 6
            && word.text == word.text.toUpper() && word.text.at(0).isLetter() && word.text.at(1).isLetter();
        if (!initials || word.quoted || isWellKnownInitials(word.text) || overlaps(at, at + word.length))
            continue;
        out.push_back(finding(
            sentence, word.start, word.length, plainrule::Jargon,
            PlainLanguageText::tr("\"%1\" is a set of initials the reader may not know.").arg(word.text),
            PlainLanguageText::tr("Write it out in everyday words, or explain it in the next sentence.")));
    }
}

void checkNumbers(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    static const QHash<QString, int> numbers{
        {QStringLiteral("two"), 2},       {QStringLiteral("three"), 3},
        {QStringLiteral("four"), 4},      {QStringLiteral("five"), 5},
        {QStringLiteral("six"), 6},       {QStringLiteral("seven"), 7},
        {QStringLiteral("eight"), 8},     {QStringLiteral("nine"), 9},
        {QStringLiteral("ten"), 10},      {QStringLiteral("eleven"), 11},
        {QStringLiteral("twelve"), 12},   {QStringLiteral("thirteen"), 13},
        {QStringLiteral("fourteen"), 14}, {QStringLiteral("fifteen"), 15},
        {QStringLiteral("sixteen"), 16},  {QStringLiteral("seventeen"), 17},
        {QStringLiteral("eighteen"), 18}, {QStringLiteral("nineteen"), 19},
        {QStringLiteral("twenty"), 20},   {QStringLiteral("thirty"), 30},
        {QStringLiteral("forty"), 40},    {QStringLiteral("fifty"), 50},
        {QStringLiteral("sixty"), 60},    {QStringLiteral("seventy"), 70},
        {QStringLiteral("eighty"), 80},   {QStringLiteral("ninety"), 90},
        {QStringLiteral("hundred"), 100}, {QStringLiteral("thousand"), 1000},
        {QStringLiteral("one"), 1}};
    // "one" is a number only before a unit ("one week"), not in "no one" or "this one".
    static const QSet<QString> units{
        QStringLiteral("day"),   QStringLiteral("week"),    QStringLiteral("month"), QStringLiteral("year"),
        QStringLiteral("hour"),  QStringLiteral("minute"),  QStringLiteral("time"),  QStringLiteral("person"),
        QStringLiteral("visit"), QStringLiteral("meeting"), QStringLiteral("more")};
    const auto& words = sentence.words;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].quoted)
            continue;
        int value = 0;
        bool allNumbers = true;
        for (const QString& part : words[i].lower.split(u'-')) {
            const auto found = numbers.find(part);
            allNumbers = allNumbers && found != numbers.end();
            if (found != numbers.end())
                value = (*found == 100 || *found == 1000) ? std::max(value, 1) * *found : value + *found;
        }
        if (!allNumbers)
            continue;
        if (words[i].lower == QLatin1String("one")
            && (i + 1 >= words.size() || !units.contains(words[i + 1].lower)))
            continue;
        out.push_back(
            finding(sentence, words[i].start, words[i].length, plainrule::NumberAsWord,
                    PlainLanguageText::tr("\"%1\" is a number written as a word.").arg(words[i].text),
                    PlainLanguageText::tr("Write it as a digit: \"%1\".").arg(value)));
    }
}

void checkDates(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    // Numeric dates, read the UK way (day first), and ISO dates.
    static const QRegularExpression numeric(QStringLiteral(
        "\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    // Written dates without the day of the week, or with "3rd".
    static const QRegularExpression written(
        QStringLiteral("\\b((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?"
                       "(\\d{1,2})(st|nd|rd|th)?\\s+(january|february|march|april|may|june|july|august|"
                       "september|october|november|december)(?:\\s+(\\d{4}))?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    auto found = numeric.globalMatch(sentence.text);
    while (found.hasNext()) {
        const QRegularExpressionMatch match = found.next();
        const int at = sentence.start + static_cast<int>(match.capturedStart());
        if (sentence.isQuotedAt(at))
            continue;
        QDate date;
        if (match.capturedLength(4) > 0) {
            date = QDate(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
        } else {
            int year = match.captured(3).toInt();
            year += match.capturedLength(3) == 2 ? 2000 : 0;
            date = QDate(year, match.captured(2).toInt(), match.captured(1).toInt());
        }
        out.push_back(finding(
            sentence, at, static_cast<int>(match.capturedLength()), plainrule::DateNotWrittenOut,
            PlainLanguageText::tr("\"%1\" is a date in numbers.").arg(match.captured()),
            date.isValid() ? PlainLanguageText::tr("Write it out: \"%1\".").arg(englishDate(date))
                           : PlainLanguageText::tr("Write it out, with the day: \"Tuesday 3 March 2026\".")));
    }
    auto words = written.globalMatch(sentence.text);
    while (words.hasNext()) {
        const QRegularExpressionMatch match = words.next();
        const int at = sentence.start + static_cast<int>(match.capturedStart());
        const bool complete = match.capturedLength(1) > 0 && match.capturedLength(3) == 0
            && match.capturedLength(5) > 0;
        if (complete || sentence.isQuotedAt(at))
            continue;
        static const QStringList months{
            QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
            QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
            QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
            QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
        const QDate date(match.captured(5).toInt(),
                         static_cast<int>(months.indexOf(match.captured(4).toLower())) + 1,
                         match.captured(2).toInt());
        out.push_back(finding(
            sentence, at, static_cast<int>(match.capturedLength()), plainrule::DateNotWrittenOut,
            PlainLanguageText::tr("\"%1\" does not say the day of the week and the year.")
                .arg(match.captured().trimmed()),
            date.isValid()
                ? PlainLanguageText::tr("Write it out: \"%1\".").arg(englishDate(date))
                : PlainLanguageText::tr("Write it out, with the day and year: \"Tuesday 3 March 2026\".")));
    }
}

} // namespace alongside::core::plain
