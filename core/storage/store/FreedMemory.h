#pragma once

namespace alongside::core {

// Memory that held case records must not stay readable once the app is locked: not in the
// heap, not in SQLite's caches, not on the stack (docs/storage.md, "Nothing left in memory
// after locking").
//
// Call first thing in main(), before anything is allocated that could hold case data. On Linux
// with glibc it runs the program again, once, in place (execv of /proc/self/exe with the same
// arguments) with GLIBC_TUNABLES turning off glibc's per-thread cache of freed blocks (tcache)
// and turning on "perturb", which fills every freed block: the tcache is the one path on which
// glibc hands freed memory back untouched, and its settings can only be given before the
// program starts. Elsewhere it sets what the platform allows. Returns only when the settings are
// in force, or when they cannot be made so (they are then as strong as mallopt alone can make them).
void overwriteFreedMemory(char** argv);

// After locking, once every object holding case data has been destroyed: SQLite and the
// allocator give their free memory back to the system, and the stack below the caller
// (where text was laid out and drawn) is cleared.
void releaseMemoryAfterLock();

// Clears the calling thread's stack below the caller. Worker threads that handled case data
// call it before they finish, since the pool keeps its threads (and their stacks) for a while.
void clearStackBelowCaller();

// The byte freed memory is filled with (glibc's perturb). Tests look for it.
constexpr unsigned char kFreedMemoryByte = 0xa5;

} // namespace alongside::core
