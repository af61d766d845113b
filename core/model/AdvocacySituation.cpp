#include "model/AdvocacySituation.h"

namespace alongside::core {

bool isSafeguardingProcess(CareActProcess process)
{
    return process == CareActProcess::Section42Enquiry || process == CareActProcess::SafeguardingAdultsReview;
}

} // namespace alongside::core
