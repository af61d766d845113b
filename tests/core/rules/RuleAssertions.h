#pragma once

// Small readers for rule results, so a scenario test can say what it expects in a sentence.

#include "rules/RuleResult.h"

#include <QString>

#include <string>

namespace alongside::test {

// True when some point's text contains `words` (case-insensitive).
inline bool mentions(const core::CitedPoints& points, const QString& words)
{
    for (const core::CitedPoint& point : points) {
        if (point.text.contains(words, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// True when some point's citation contains `citation`.
inline bool cites(const core::CitedPoints& points, const QString& citation)
{
    for (const core::CitedPoint& point : points) {
        if (point.citation.contains(citation))
            return true;
    }
    return false;
}

// Everything a result says, for INFO() when a check fails.
inline std::string describe(const core::RuleResult& result)
{
    QString text = QStringLiteral("rule: %1 [%2]\n").arg(result.rule, result.citation);
    const auto list = [&text](const char* name, const core::CitedPoints& points) {
        for (const core::CitedPoint& point : points)
            text += QStringLiteral("%1: %2 [%3]\n").arg(QLatin1String(name), point.text, point.citation);
    };
    list("reason", result.reasons);
    list("missing", result.missing);
    list("prompt", result.prompts);
    list("flag", result.flags);
    return text.toStdString();
}

inline QString q(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace alongside::test
