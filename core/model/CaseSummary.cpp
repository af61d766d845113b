#include "model/CaseSummary.h"

namespace alongside::core {

int CaseSummary::daysOpen(const QDate& today) const
{
    const QDate end = closedOn.isValid() ? closedOn : today;
    if (!concernReceivedOn.isValid() || !end.isValid())
        return 0;
    return static_cast<int>(concernReceivedOn.daysTo(end));
}

} // namespace alongside::core
