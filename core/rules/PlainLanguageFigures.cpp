#include "rules/PlainLanguageParts.h"
#include "rules/PlainLanguageText.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace alongside::core::plain {

namespace {

// "half", "1 in 4": a share the reader can picture (DH easy-read guidelines: keep numbers
// simple; Mencap: "most", "half" rather than percentages).
QString shareInWords(double percent)
{
    if (percent >= 99.5)
        return PlainLanguageText::tr("all");
    if (std::abs(percent - 50) < 2)
        return PlainLanguageText::tr("half");
    if (std::abs(percent - 25) < 2)
        return PlainLanguageText::tr("1 in 4");
    if (std::abs(percent - 75) < 2)
        return PlainLanguageText::tr("3 out of 4");
    if (std::abs(percent - 33) < 2)
        return PlainLanguageText::tr("1 in 3");
    const int tenths = static_cast<int>(std::lround(percent / 10));
    if (tenths <= 0)
        return PlainLanguageText::tr("a very small part");
    return PlainLanguageText::tr("about %1 in 10").arg(tenths);
}

// "about £1,200", "about 15 thousand pounds": whole pounds, rounded to what matters.
QString roundedMoney(double pounds)
{
    if (pounds >= 10000)
        return PlainLanguageText::tr("about %1 thousand pounds").arg(std::lround(pounds / 1000));
    if (pounds >= 1000)
        return PlainLanguageText::tr("about £%1")
            .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(std::lround(pounds / 100) * 100));
    return PlainLanguageText::tr("about £%1").arg(std::lround(pounds));
}

} // namespace

void checkPercentAndMoney(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    static const QRegularExpression percent(QStringLiteral("\\b(\\d+(?:\\.\\d+)?)\\s?(?:%|per\\s?cent\\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression money(QStringLiteral("£\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?"
                                                         "(?:\\s?(k|m|million|thousand)\\b)?"),
                                          QRegularExpression::CaseInsensitiveOption);
    auto shares = percent.globalMatch(sentence.text);
    while (shares.hasNext()) {
        const QRegularExpressionMatch match = shares.next();
        const int at = sentence.start + static_cast<int>(match.capturedStart());
        if (sentence.isQuotedAt(at))
            continue;
        out.push_back(finding(sentence, at, static_cast<int>(match.capturedLength()),
                              plainrule::PercentOrMoney,
                              PlainLanguageText::tr("\"%1\" is a percentage. Many readers cannot picture it.")
                                  .arg(match.captured()),
                              PlainLanguageText::tr("Say it in words: \"%1\".")
                                  .arg(shareInWords(match.captured(1).toDouble()))));
    }
    auto amounts = money.globalMatch(sentence.text);
    while (amounts.hasNext()) {
        const QRegularExpressionMatch match = amounts.next();
        const int at = sentence.start + static_cast<int>(match.capturedStart());
        double pounds = QString(match.captured(1)).remove(u',').toDouble();
        const QString scale = match.captured(3).toLower();
        pounds *= scale == QLatin1String("k") || scale == QLatin1String("thousand") ? 1000
            : scale.isEmpty()                                                       ? 1
                                                                                    : 1000000;
        // Whole pounds under a thousand are easy to picture; pence and big sums are not.
        const bool pence = !match.captured(2).isEmpty() && match.captured(2) != QLatin1String(".00");
        if (sentence.isQuotedAt(at) || (!pence && pounds < 1000 && scale.isEmpty()))
            continue;
        out.push_back(finding(
            sentence, at, static_cast<int>(match.capturedLength()), plainrule::PercentOrMoney,
            PlainLanguageText::tr("\"%1\" is an exact amount that is hard to take in.").arg(match.captured()),
            PlainLanguageText::tr("Round it: \"%1\".").arg(roundedMoney(pounds))));
    }
}

} // namespace alongside::core::plain
