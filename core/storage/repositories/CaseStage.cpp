#include "storage/repositories/CaseStage.h"

namespace alongside::core {

QString caseStage(const std::optional<Section42Decision>& decision, const std::optional<Closure>& closure)
{
    if (closure)
        return kStageClosed;
    if (!decision)
        return kStageConcern;
    switch (decision->decision) {
    case EnquiryDecision::Section42:
    case EnquiryDecision::OtherEnquiry:
        return kStageEnquiry;
    case EnquiryDecision::NoEnquiry:
        return kStageNoEnquiry;
    }
    return kStageConcern;
}

} // namespace alongside::core
