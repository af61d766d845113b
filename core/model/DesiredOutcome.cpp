#include "model/DesiredOutcome.h"

#include "model/SacCategories.h"

namespace alongside::core {

QString storageCode(Achievement value)
{
    switch (value) {
    case Achievement::Fully:
        return QStringLiteral("fully");
    case Achievement::Partly:
        return QStringLiteral("partly");
    case Achievement::Not:
        return QStringLiteral("not");
    }
    return {};
}

std::optional<Achievement> achievementFromCode(const QString& code)
{
    for (const Achievement value : {Achievement::Fully, Achievement::Partly, Achievement::Not}) {
        if (storageCode(value) == code)
            return value;
    }
    return std::nullopt;
}

QString sacLabel(Achievement value)
{
    switch (value) {
    case Achievement::Fully:
        return sac::kFullyAchieved;
    case Achievement::Partly:
        return sac::kPartiallyAchieved;
    case Achievement::Not:
        return sac::kNotAchieved;
    }
    return {};
}

} // namespace alongside::core
