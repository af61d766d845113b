#include "model/Person.h"

#include "model/CodeTable.h"

#include <QStringList>

namespace alongside::core {

QString Person::displayName() const
{
    if (!preferredName.trimmed().isEmpty())
        return preferredName.trimmed();
    return (givenName.trimmed() + u' ' + familyName.trimmed()).trimmed();
}

namespace {
constexpr CodeTable<LegalRepresentative::Kind, 6> kKindCodes{
    {{LegalRepresentative::Kind::LpaHealthAndWelfare, "lpa-health-and-welfare"},
     {LegalRepresentative::Kind::LpaPropertyAndFinancialAffairs, "lpa-property-and-financial-affairs"},
     {LegalRepresentative::Kind::DeputyHealthAndWelfare, "deputy-health-and-welfare"},
     {LegalRepresentative::Kind::DeputyPropertyAndAffairs, "deputy-property-and-affairs"},
     {LegalRepresentative::Kind::EnduringPowerOfAttorney, "enduring-power-of-attorney"},
     {LegalRepresentative::Kind::NominatedPerson, "nominated-person"}}};
} // namespace

QString storageCode(LegalRepresentative::Kind kind)
{
    return codeOf(kKindCodes, kind);
}

std::optional<LegalRepresentative::Kind> legalRepresentativeKindFromCode(const QString& code)
{
    return valueOf(kKindCodes, code);
}

QStringList legalRepresentativeKindCodes()
{
    return codesOf(kKindCodes);
}

} // namespace alongside::core
