#include "documents/LetterKeepTogether.h"

#include <QRegularExpression>

namespace alongside::core {

namespace {

const QChar kNoBreakSpace(0x00A0);
const QChar kWordJoiner(0x2060); // no break here, and nothing printed

QString joined(QString words)
{
    return words.replace(QRegularExpression(QStringLiteral("\\s+")), QString(kNoBreakSpace));
}

void joinMatches(QString& text, const QRegularExpression& pattern)
{
    QString out;
    qsizetype from = 0;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        out += text.mid(from, match.capturedStart() - from);
        out += joined(match.captured());
        from = match.capturedEnd();
    }
    out += text.mid(from);
    text = out;
}

} // namespace

QString keepTogether(const QString& text, const QStringList& names)
{
    static const QRegularExpression dates(
        QStringLiteral("\\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+)?\\d{1,2}\\s+"
                       "(?:January|February|March|April|May|June|July|August|September|October|November|"
                       "December)(?:\\s+\\d{4})?\\b"));
    // Digits in groups: UK numbers ("01632 960123", "0800 123 4567", "+44 1632 960123").
    static const QRegularExpression phones(
        QStringLiteral("(?<![\\d£.,])\\+?\\d{2,5}(?:[ \\-]\\d{3,6}){1,3}(?!\\d)"));
    // "s.42", "ss.67-68", "reg 4", "para 14.2": the word and its number.
    static const QRegularExpression referenceDot(QStringLiteral("\\b(?:ss?|regs?|paras?|art|sch)\\.(?=\\d)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression referenceSpace(
        QStringLiteral("\\b(?:ss?\\.|(?:regs?|paras?|art|sch)\\.?)\\s+(?=\\d)"),
        QRegularExpression::CaseInsensitiveOption);

    QString result = text;
    joinMatches(result, dates);
    joinMatches(result, phones);
    joinMatches(result, referenceSpace);
    // The break after the full stop in "s.42" is taken away with a word joiner.
    QString out;
    qsizetype from = 0;
    auto dots = referenceDot.globalMatch(result);
    while (dots.hasNext()) {
        const QRegularExpressionMatch match = dots.next();
        out += result.mid(from, match.capturedEnd() - from) + kWordJoiner;
        from = match.capturedEnd();
    }
    out += result.mid(from);
    result = out;
    for (const QString& name : names) {
        const QString trimmed = name.simplified();
        if (trimmed.contains(u' '))
            result.replace(trimmed, joined(trimmed));
    }
    return result;
}

} // namespace alongside::core
