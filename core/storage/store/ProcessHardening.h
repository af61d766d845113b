#pragma once

namespace alongside::core {

// A crash dump of a process with an unlocked store would hold decrypted case records (and,
// briefly, key material). Release builds call this first thing in main().
// Returns false if the platform refused; the caller may log but should carry on.
bool disableCoreDumps();

} // namespace alongside::core
