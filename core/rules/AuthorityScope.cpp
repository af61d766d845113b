#include "rules/AuthorityScope.h"

namespace alongside::core {

namespace {

// MCA 2005 s.9(1), read in the Bill as printed (publications.parliament.uk): a lasting power
// confers authority about "(a) P's personal welfare or specified matters concerning P's personal
// welfare, and (b) P's property and affairs or specified matters concerning P's property and
// affairs". A property-and-affairs donee (and, likewise, a property-and-affairs deputy or the
// donee of an enduring power, which only ever covered property and affairs) has no authority
// over treatment, where the person lives or a deprivation of liberty.
bool propertyOnly(LegalRepresentative::Kind kind)
{
    return kind == LegalRepresentative::Kind::LpaPropertyAndFinancialAffairs
        || kind == LegalRepresentative::Kind::DeputyPropertyAndAffairs
        || kind == LegalRepresentative::Kind::EnduringPowerOfAttorney;
}

AuthorisedRole roleOf(LegalRepresentative::Kind kind)
{
    switch (kind) {
    case LegalRepresentative::Kind::LpaHealthAndWelfare:
    case LegalRepresentative::Kind::LpaPropertyAndFinancialAffairs:
        return AuthorisedRole::LastingAttorney;
    case LegalRepresentative::Kind::DeputyHealthAndWelfare:
    case LegalRepresentative::Kind::DeputyPropertyAndAffairs:
        return AuthorisedRole::Deputy;
    case LegalRepresentative::Kind::EnduringPowerOfAttorney:
        return AuthorisedRole::EnduringAttorney;
    case LegalRepresentative::Kind::NominatedPerson:
        break;
    }
    return AuthorisedRole::NominatedPerson;
}

} // namespace

std::vector<AuthorisedRepresentative>
authorisedRepresentatives(const std::vector<LegalRepresentative>& representatives)
{
    std::vector<AuthorisedRepresentative> authorised;
    for (const LegalRepresentative& representative : representatives) {
        AuthorisedRepresentative one;
        one.role = roleOf(representative.kind);
        one.name = representative.name.trimmed();
        one.covers = propertyOnly(representative.kind)
            ? QList<AuthorityMatter>{AuthorityMatter::PropertyAndAffairs}
            : representative.covers;
        authorised.push_back(one);
    }
    return authorised;
}

} // namespace alongside::core
