#pragma once

#include <QString>

namespace alongside::core {

// NHS number: ten digits, the last a modulus 11 check digit over the first nine (weights
// 10 down to 2; 11 - remainder; 11 becomes 0; 10 is never issued). Spaces allowed as typed
// ("943 476 5919"). Pure.
bool isValidNhsNumber(const QString& typed);
QString normaliseNhsNumber(const QString& typed); // digits only

} // namespace alongside::core
