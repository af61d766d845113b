#pragma once

namespace alongside::core {

// libsodium must be initialised once before use; throws std::runtime_error if it cannot be.
void ensureSodiumReady();

} // namespace alongside::core
