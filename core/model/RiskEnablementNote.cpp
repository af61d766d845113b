#include "model/RiskEnablementNote.h"

#include "model/CodeTable.h"

namespace alongside::core {

namespace {

constexpr CodeTable<RiskLevel, 4> kRiskLevel{{{RiskLevel::NotRated, "not-rated"},
                                              {RiskLevel::Low, "low"},
                                              {RiskLevel::Medium, "medium"},
                                              {RiskLevel::High, "high"}}};

} // namespace

QString storageCode(RiskLevel value)
{
    return codeOf(kRiskLevel, value);
}

template <>
std::optional<RiskLevel> fromStorageCode<RiskLevel>(const QString& code)
{
    return valueOf(kRiskLevel, code);
}

template <>
QStringList allStorageCodes<RiskLevel>()
{
    return codesOf(kRiskLevel);
}

} // namespace alongside::core
