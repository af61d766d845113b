#include "model/LetterDelivery.h"

#include "model/CodeTable.h"

namespace alongside::core {

namespace {

constexpr CodeTable<LetterRoute, 3> kRoutes{{{LetterRoute::PostToTheirHome, "post-to-their-home"},
                                             {LetterRoute::PostToAnotherAddress, "post-to-another-address"},
                                             {LetterRoute::GiveInPerson, "give-in-person"}}};

} // namespace

QString storageCode(LetterRoute route)
{
    return codeOf(kRoutes, route);
}

std::optional<LetterRoute> letterRouteFromCode(const QString& code)
{
    return valueOf(kRoutes, code);
}

} // namespace alongside::core
