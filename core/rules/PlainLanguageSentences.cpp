#include "rules/PlainLanguageCheck.h"

#include <QSet>

namespace alongside::core {

namespace {

// Short words that end with a full stop without ending the sentence.
bool isAbbreviation(const QString& word)
{
    static const QSet<QString> abbreviations{
        QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"),  QStringLiteral("dr"),
        QStringLiteral("st"), QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("vs")};
    return abbreviations.contains(word.toLower());
}

bool isClosingMark(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == QChar(0x201D) || c == QChar(0x2019);
}

// The word just before position `dot` (letters and inner dots), for the abbreviation test.
QString wordBefore(const QString& text, int dot)
{
    int start = dot;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == u'.'))
        --start;
    return text.mid(start, dot - start);
}

void addTrimmed(std::vector<PlainLanguageSentence>& out, const QString& text, int start, int end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    bool hasWord = false;
    for (int i = start; i < end && !hasWord; ++i)
        hasWord = text.at(i).isLetterOrNumber();
    if (hasWord)
        out.push_back({start, end - start});
}

} // namespace

std::vector<PlainLanguageSentence> plainLanguageSentences(const QString& text)
{
    std::vector<PlainLanguageSentence> sentences;
    int start = 0;
    const int size = static_cast<int>(text.size());
    // Words in quotation marks are kept whole, however many sentences they hold: a quote split
    // in two would print with unbalanced marks, and the person's words are never cut up.
    bool inQuote = false;
    for (int i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            addTrimmed(sentences, text, start, i);
            start = i + 1;
            inQuote = false;
            continue;
        }
        const bool opens = c == QChar(0x201C) || (c == u'"' && !inQuote);
        const bool closes = c == QChar(0x201D) || (c == u'"' && inQuote);
        if (opens) {
            inQuote = true;
            continue;
        }
        if (closes) {
            inQuote = false;
            // "…go home. Now.” We will help." ends after the closing mark.
            const QChar last = i > 0 ? text.at(i - 1) : QChar();
            if ((last == u'.' || last == u'!' || last == u'?')
                && (i + 1 == size || text.at(i + 1).isSpace())) {
                addTrimmed(sentences, text, start, i + 1);
                start = i + 1;
            }
            continue;
        }
        if (inQuote || (c != u'.' && c != u'!' && c != u'?'))
            continue;
        int end = i + 1;
        while (end < size && (isClosingMark(text.at(end)) || text.at(end) == u'.'))
            ++end;
        // A full stop inside "s.42", "3.5" or "e.g." is followed by no space.
        if (end < size && !text.at(end).isSpace())
            continue;
        if (c == u'.' && isAbbreviation(wordBefore(text, i)) && end < size)
            continue;
        addTrimmed(sentences, text, start, end);
        start = end;
        i = end - 1;
    }
    addTrimmed(sentences, text, start, size);
    return sentences;
}

} // namespace alongside::core
