#include "storage/store/ProcessHardening.h"

#include "storage/store/FreedMemory.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace alongside::core {

bool disableCoreDumps()
{
#ifdef Q_OS_UNIX
    struct rlimit none {};
    bool ok = setrlimit(RLIMIT_CORE, &none) == 0;
#ifdef Q_OS_LINUX
    // Also stops other processes of the same user attaching a debugger to read memory.
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
#elif defined(Q_OS_WIN)
    // No Windows Error Reporting dialog or dump for this process.
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    return true;
#else
    return false;
#endif
}

void prepareProcessForCaseData(char** argv)
{
    overwriteFreedMemory(argv);
#ifdef NDEBUG
    // Debug builds keep core dumps so developers can debug crashes on synthetic data.
    disableCoreDumps();
#endif
}

} // namespace alongside::core
