#include "storage/keys/SodiumRuntime.h"

#include <sodium.h>

#include <stdexcept>

namespace alongside::core {

void ensureSodiumReady()
{
    // sodium_init is thread-safe and idempotent: 0 first time, 1 after, -1 on failure.
    static const int status = sodium_init();
    if (status < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace alongside::core
