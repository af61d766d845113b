#include "storage/store/FreedMemory.h"

#include "storage/driver/SqlCipherApi.h"

#include <QtGlobal>

#include <sodium.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>
#define ALONGSIDE_GLIBC_MALLOC 1
#endif

namespace alongside::core {

namespace {

// Deep enough for what Qt's text layout, painting and SQLite put on the stack while a screen is
// drawn; the main thread's stack is 8 MiB, a worker's the same on Linux.
constexpr std::size_t kStackToClear = 512 * 1024;

#ifdef ALONGSIDE_GLIBC_MALLOC
// perturb=165 is kFreedMemoryByte (0xa5): glibc fills freed blocks with it, and new blocks with
// its complement, so neither a free nor a reuse leaves old contents readable.
constexpr char kTunables[] = "glibc.malloc.tcache_count=0:glibc.malloc.perturb=165";
static_assert(kFreedMemoryByte == 165);
#endif

} // namespace

void overwriteFreedMemory(char** argv)
{
#ifdef ALONGSIDE_GLIBC_MALLOC
    const char* current = std::getenv("GLIBC_TUNABLES");
    if (!current || !std::strstr(current, kTunables)) {
        // glibc reads its tunables once, before main(); the only way to set them from inside
        // is to start again with them in the environment. Whatever the user had set stays,
        // with ours after it (later settings win).
        const std::string tunables = current && *current ? std::string(current) + ':' + kTunables
                                                         : std::string(kTunables);
        if (setenv("GLIBC_TUNABLES", tunables.c_str(), 1) == 0)
            execv("/proc/self/exe", argv);
        // Still here: exec was refused (no /proc, a sandbox). Perturb without the tcache off
        // still covers every block freed outside it.
    }
    mallopt(M_PERTURB, kFreedMemoryByte);
#else
    (void)argv; // other allocators: nothing portable to set; releaseMemoryAfterLock still runs
#endif
}

Q_NEVER_INLINE void clearStackBelowCaller()
{
    // An array on this frame lies below every caller's frame; wiping it wipes whatever
    // deeper calls left there earlier. sodium_memzero cannot be optimised away.
    unsigned char area[kStackToClear];
    sodium_memzero(area, sizeof area);
#if defined(Q_CC_GNU) || defined(Q_CC_CLANG)
    // Keep the array (and so the wipe) whatever the optimiser thinks of it.
    asm volatile("" : : "r"(area) : "memory");
#endif
}

void releaseMemoryAfterLock()
{
    // Every connection is closed by now; this frees what SQLite still caches for reuse.
    sqlite3_release_memory(INT_MAX);
#ifdef ALONGSIDE_GLIBC_MALLOC
    // Whole free pages go back to the system (MADV_DONTNEED), which zeroes them.
    malloc_trim(0);
#endif
    clearStackBelowCaller();
}

} // namespace alongside::core
