#pragma once

namespace alongside::core {

// A crash dump of a process with an unlocked store would hold decrypted case records (and,
// briefly, key material). Release builds call this first thing in main().
// Returns false if the platform refused; the caller may log but should carry on.
bool disableCoreDumps();

// Everything a process that will show case records sets up before it reads any: freed memory
// overwritten (FreedMemory.h; may start the program again, once, with the same arguments) and,
// in release builds, no core dumps. The GUI's main() calls it first, and so does the test
// that reads the process's own memory after locking, so both run the same set-up.
void prepareProcessForCaseData(char** argv);

} // namespace alongside::core
