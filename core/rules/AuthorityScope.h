#pragma once

#include "model/AuthorisedRepresentative.h"
#include "model/Person.h"

#include <vector>

namespace alongside::core {

// The nominees, attorneys and deputies on the person's page, as the IMCA check reads them
// (MCA 2005 s.40(1); SI 2006/2883 reg 3(1)(d)). A property-and-affairs power can only cover
// property and affairs, whatever was ticked; other kinds cover what was recorded. Pure.
std::vector<AuthorisedRepresentative>
authorisedRepresentatives(const std::vector<LegalRepresentative>& representatives);

} // namespace alongside::core
