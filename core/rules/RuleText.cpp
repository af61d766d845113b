#include "rules/RuleText.h"

namespace alongside::core {

QString dayCount(int days)
{
    return days == 1 ? ImcaText::tr("1 day") : ImcaText::tr("%1 days").arg(days);
}

} // namespace alongside::core
