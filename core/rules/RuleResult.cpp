#include "rules/RuleResult.h"

namespace alongside::core {

QStringList RuleResult::citations() const
{
    QStringList all;
    const auto add = [&all](const QString& used) {
        if (!used.isEmpty() && !all.contains(used))
            all << used;
    };
    add(citation);
    for (const CitedPoints* points : {&reasons, &missing, &prompts, &flags}) {
        for (const CitedPoint& point : *points)
            add(point.citation);
    }
    return all;
}

} // namespace alongside::core
