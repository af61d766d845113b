#include "rules/PlainLanguageCheck.h"
#include "rules/PlainLanguageText.h"

#include "rules/PlainLanguageParts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace alongside::core {

namespace plain {

namespace {

// The easy-read rule each finding applies, with its source (docs/letters.md).
QString ruleText(const QString& ruleId)
{
    if (ruleId == QLatin1String(plainrule::SentenceLength))
        return PlainLanguageText::tr(
            "Easy read: sentences of 10 to 15 words (DH easy-read guidelines; Mencap, "
            "\"Am I making myself clear?\").");
    if (ruleId == QLatin1String(plainrule::OneIdea))
        return PlainLanguageText::tr(
            "Easy read: one idea and one verb in each sentence (DH easy-read guidelines).");
    if (ruleId == QLatin1String(plainrule::PassiveVoice))
        return PlainLanguageText::tr(
            "Easy read: active voice, using \"you\" and \"we\" (Mencap, \"Am I making myself "
            "clear?\").");
    if (ruleId == QLatin1String(plainrule::Jargon))
        return PlainLanguageText::tr(
            "Easy read: no jargon or initials; use everyday words, or explain a hard word in "
            "the next sentence (UK government accessible-formats guidance; Mencap).");
    if (ruleId == QLatin1String(plainrule::NumberAsWord))
        return PlainLanguageText::tr("Easy read: write numbers as digits (DH easy-read guidelines).");
    if (ruleId == QLatin1String(plainrule::Abbreviation))
        return PlainLanguageText::tr("Easy read: no abbreviations or Latin shorthand; write the words out "
                                     "(UK government accessible-formats guidance; Mencap).");
    if (ruleId == QLatin1String(plainrule::PercentOrMoney))
        return PlainLanguageText::tr("Easy read: numbers the reader can picture; say \"half\" or \"3 out "
                                     "of 4\", and round amounts of money (DH easy-read guidelines).");
    if (ruleId == QLatin1String(plainrule::ThirdPerson))
        return PlainLanguageText::tr("Easy read: talk to the reader as \"you\"; text written about them for "
                                     "colleagues is rewritten before it is sent (Mencap).");
    return PlainLanguageText::tr("Easy read: write dates out in full, with the day of the week (DH easy-read "
                                 "guidelines).");
}

// Quotation marks, straight or curly: what is inside is the person's own words.
std::vector<std::pair<int, int>> quotedRanges(const QString& text, int offset)
{
    std::vector<std::pair<int, int>> ranges;
    int open = -1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool opening = c == QChar(0x201C) || (c == u'"' && open < 0);
        const bool closing = c == QChar(0x201D) || (c == u'"' && open >= 0);
        if (opening && open < 0)
            open = i;
        else if (closing && open >= 0) {
            ranges.emplace_back(offset + open, offset + i + 1);
            open = -1;
        }
    }
    if (open >= 0)
        ranges.emplace_back(offset + open, offset + static_cast<int>(text.size()));
    return ranges;
}

} // namespace

bool Sentence::isQuotedAt(int position) const
{
    return std::any_of(quotes.begin(), quotes.end(), [position](const auto& range) {
        return position >= range.first && position < range.second;
    });
}

PlainLanguageFinding finding(const Sentence& sentence, int start, int length, const char* ruleId,
                             const QString& reason, const QString& suggestion)
{
    const QString id = QString::fromLatin1(ruleId);
    return {sentence.index, start, length, id, reason, suggestion, ruleText(id)};
}

} // namespace plain

std::vector<PlainLanguageFinding> checkPlainLanguage(const QString& text, const PlainLanguageReader& reader)
{
    static const QRegularExpression wordPattern(
        QStringLiteral("[\\p{L}\\p{N}]+(?:['\\x{2019}.\\-/][\\p{L}\\p{N}]+)*"));
    const std::vector<PlainLanguageSentence> spans = plainLanguageSentences(text);
    std::vector<PlainLanguageFinding> findings;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        plain::Sentence sentence;
        sentence.index = static_cast<int>(i);
        sentence.start = spans[i].start;
        sentence.length = spans[i].length;
        sentence.text = text.mid(spans[i].start, spans[i].length);
        if (i + 1 < spans.size())
            sentence.next = text.mid(spans[i + 1].start, spans[i + 1].length);
        sentence.quotes = plain::quotedRanges(sentence.text, sentence.start);
        sentence.reader = &reader;
        auto match = wordPattern.globalMatch(sentence.text);
        while (match.hasNext()) {
            const QRegularExpressionMatch word = match.next();
            const int at = sentence.start + static_cast<int>(word.capturedStart());
            sentence.words.push_back({at, static_cast<int>(word.capturedLength()), word.captured(),
                                      word.captured().toLower(), sentence.isQuotedAt(at)});
        }
        std::vector<PlainLanguageFinding> found;
        plain::checkLength(sentence, found);
        plain::checkOneIdea(sentence, found);
        plain::checkPassive(sentence, found);
        plain::checkJargon(sentence, found);
        plain::checkNumbers(sentence, found);
        plain::checkDates(sentence, found);
        plain::checkAbbreviations(sentence, found);
        plain::checkPercentAndMoney(sentence, found);
        plain::checkThirdPerson(sentence, found);
        std::stable_sort(
            found.begin(), found.end(),
            [](const PlainLanguageFinding& a, const PlainLanguageFinding& b) { return a.start < b.start; });
        findings.insert(findings.end(), found.begin(), found.end());
    }
    return findings;
}

} // namespace alongside::core
