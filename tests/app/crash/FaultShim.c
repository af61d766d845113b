/* Fault injection for the crash tests: an LD_PRELOAD library that counts the calls a process
 * makes on files in one folder (open, write, pwrite, fsync/fdatasync, rename, unlink, ftruncate
 * and their 64-bit and *at forms) and delivers SIGKILL at the Nth. Random kills miss the
 * dangerous instants (a lock file half-made, a rename not yet durable); stepping N through every
 * such call of an operation reaches each of them.
 *
 * Environment:
 *   ALONGSIDE_FAULT_FOLDER  only paths under this folder (and descriptors opened there) count
 *   ALONGSIDE_FAULT_AT      kill at this call (1-based); 0 or unset: count only
 *   ALONGSIDE_FAULT_KINDS   optional: count only these kinds, e.g. "fsync" or "rename,unlink"
 *   ALONGSIDE_FAULT_LOG     optional: appends "N kind path" for every counted call, and
 *                           "killed N kind path" just before the kill
 *
 * Linux (glibc) only; the test that uses it runs only there. */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_TRACKED_FDS 4096

static char folder[PATH_MAX];
static size_t folderLength;
static long killAt;
static char kinds[256];
static int logFd = -1;
static atomic_long counted;
static char* trackedPaths[MAX_TRACKED_FDS]; /* path of each descriptor opened in the folder */

static void logLine(const char* prefix, long n, const char* kind, const char* path)
{
    if (logFd < 0)
        return;
    char line[PATH_MAX + 64];
    const int length = snprintf(line, sizeof line, "%s%ld %s %s\n", prefix, n, kind, path ? path : "?");
    if (length > 0)
        (void)syscall(SYS_write, logFd, line, (size_t)length); /* not through our own write() */
}

__attribute__((constructor)) static void setUp(void)
{
    const char* watched = getenv("ALONGSIDE_FAULT_FOLDER");
    if (watched && realpath(watched, folder))
        folderLength = strlen(folder);
    const char* at = getenv("ALONGSIDE_FAULT_AT");
    killAt = at ? atol(at) : 0;
    const char* only = getenv("ALONGSIDE_FAULT_KINDS");
    if (only)
        snprintf(kinds, sizeof kinds, ",%s,", only);
    const char* log = getenv("ALONGSIDE_FAULT_LOG");
    if (log)
        logFd = (int)syscall(SYS_openat, AT_FDCWD, log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
}

static int isWatchedPath(int directory, const char* path)
{
    if (!folderLength || !path)
        return 0;
    if (path[0] != '/') {
        /* Relative: only ever used here relative to the working folder. */
        if (directory != AT_FDCWD)
            return directory >= 0 && directory < MAX_TRACKED_FDS && trackedPaths[directory] != NULL;
        char cwd[PATH_MAX];
        return getcwd(cwd, sizeof cwd) && strncmp(cwd, folder, folderLength) == 0;
    }
    return strncmp(path, folder, folderLength) == 0
        && (path[folderLength] == '/' || path[folderLength] == '\0');
}

static int wantsKind(const char* kind)
{
    if (!kinds[0])
        return 1;
    char needle[40];
    snprintf(needle, sizeof needle, ",%s,", kind);
    return strstr(kinds, needle) != NULL;
}

/* Counts one call; at the chosen one, the process dies as a flat battery would end it. */
static void count(const char* kind, const char* path)
{
    if (!wantsKind(kind))
        return;
    const long n = atomic_fetch_add(&counted, 1) + 1;
    logLine("", n, kind, path);
    if (killAt > 0 && n == killAt) {
        logLine("killed ", n, kind, path);
        (void)syscall(SYS_kill, getpid(), SIGKILL);
    }
}

static void countDescriptor(const char* kind, int fd)
{
    if (fd >= 0 && fd < MAX_TRACKED_FDS && trackedPaths[fd])
        count(kind, trackedPaths[fd]);
}

static void track(int fd, const char* path)
{
    if (fd < 0 || fd >= MAX_TRACKED_FDS)
        return;
    free(trackedPaths[fd]);
    trackedPaths[fd] = strdup(path);
}

/* The next definition of `symbol` (libc's), looked up once. */
#define REAL(symbol)                                                                                         \
    static __typeof__(symbol)* real = NULL;                                                                  \
    if (!real)                                                                                               \
    real = (__typeof__(symbol)*)dlsym(RTLD_NEXT, #symbol)

static int openCommon(const char* name, int directory, const char* path, int flags, mode_t mode)
{
    const int watched = isWatchedPath(directory, path);
    if (watched)
        count("open", path);
    int fd;
    if (strcmp(name, "open") == 0 || strcmp(name, "open64") == 0) {
        REAL(open64);
        fd = real(path, flags, mode);
    } else {
        REAL(openat64);
        fd = real(directory, path, flags, mode);
    }
    if (fd >= 0 && fd < MAX_TRACKED_FDS) {
        if (watched)
            track(fd, path);
        else if (trackedPaths[fd]) {
            free(trackedPaths[fd]);
            trackedPaths[fd] = NULL;
        }
    }
    return fd;
}

static mode_t modeArgument(int flags, va_list arguments)
{
    return (flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE ? (mode_t)va_arg(arguments, int) : 0;
}

int open(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    return openCommon("open", AT_FDCWD, path, flags, mode);
}

int open64(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    return openCommon("open64", AT_FDCWD, path, flags, mode);
}

int openat(int directory, const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    return openCommon("openat", directory, path, flags, mode);
}

int openat64(int directory, const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    return openCommon("openat64", directory, path, flags, mode);
}

int close(int fd)
{
    REAL(close);
    if (fd >= 0 && fd < MAX_TRACKED_FDS && trackedPaths[fd]) {
        free(trackedPaths[fd]);
        trackedPaths[fd] = NULL;
    }
    return real(fd);
}

ssize_t write(int fd, const void* buffer, size_t size)
{
    REAL(write);
    countDescriptor("write", fd);
    return real(fd, buffer, size);
}

ssize_t pwrite(int fd, const void* buffer, size_t size, off_t offset)
{
    REAL(pwrite);
    countDescriptor("pwrite", fd);
    return real(fd, buffer, size, offset);
}

ssize_t pwrite64(int fd, const void* buffer, size_t size, off64_t offset)
{
    REAL(pwrite64);
    countDescriptor("pwrite", fd);
    return real(fd, buffer, size, offset);
}

int fsync(int fd)
{
    REAL(fsync);
    countDescriptor("fsync", fd);
    return real(fd);
}

int fdatasync(int fd)
{
    REAL(fdatasync);
    countDescriptor("fsync", fd);
    return real(fd);
}

int ftruncate(int fd, off_t length)
{
    REAL(ftruncate);
    countDescriptor("ftruncate", fd);
    return real(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    REAL(ftruncate64);
    countDescriptor("ftruncate", fd);
    return real(fd, length);
}

int rename(const char* from, const char* to)
{
    REAL(rename);
    if (isWatchedPath(AT_FDCWD, from) || isWatchedPath(AT_FDCWD, to))
        count("rename", to);
    return real(from, to);
}

int renameat(int fromDirectory, const char* from, int toDirectory, const char* to)
{
    REAL(renameat);
    if (isWatchedPath(fromDirectory, from) || isWatchedPath(toDirectory, to))
        count("rename", to);
    return real(fromDirectory, from, toDirectory, to);
}

int renameat2(int fromDirectory, const char* from, int toDirectory, const char* to, unsigned int flags)
{
    REAL(renameat2);
    if (isWatchedPath(fromDirectory, from) || isWatchedPath(toDirectory, to))
        count("rename", to);
    return real(fromDirectory, from, toDirectory, to, flags);
}

int unlink(const char* path)
{
    REAL(unlink);
    if (isWatchedPath(AT_FDCWD, path))
        count("unlink", path);
    return real(path);
}

int unlinkat(int directory, const char* path, int flags)
{
    REAL(unlinkat);
    if (isWatchedPath(directory, path))
        count("unlink", path);
    return real(directory, path, flags);
}
