#include "model/Person.h"

#include <QStringList>

namespace alongside::core {

QString Person::displayName() const
{
    if (!preferredName.trimmed().isEmpty())
        return preferredName.trimmed();
    return (givenName.trimmed() + u' ' + familyName.trimmed()).trimmed();
}

namespace {
struct KindCode {
    LegalRepresentative::Kind kind;
    const char* code;
};
constexpr KindCode kKindCodes[] = {
    {LegalRepresentative::Kind::LpaHealthAndWelfare, "lpa-health-and-welfare"},
    {LegalRepresentative::Kind::LpaPropertyAndFinancialAffairs, "lpa-property-and-financial-affairs"},
    {LegalRepresentative::Kind::DeputyHealthAndWelfare, "deputy-health-and-welfare"},
    {LegalRepresentative::Kind::DeputyPropertyAndAffairs, "deputy-property-and-affairs"},
};
} // namespace

QString storageCode(LegalRepresentative::Kind kind)
{
    for (const KindCode& entry : kKindCodes) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

std::optional<LegalRepresentative::Kind> legalRepresentativeKindFromCode(const QString& code)
{
    for (const KindCode& entry : kKindCodes) {
        if (code == QLatin1String(entry.code))
            return entry.kind;
    }
    return std::nullopt;
}

QStringList legalRepresentativeKindCodes()
{
    QStringList codes;
    for (const KindCode& entry : kKindCodes)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

} // namespace alongside::core
