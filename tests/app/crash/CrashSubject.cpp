// The process the fault-injection tests kill. It runs the real alongside-cli commands (through
// the same runCli as the shipped tool, with a cheap key derivation injected so hundreds of runs
// stay fast), or opens and closes a store the way the app does, or only takes the lock.
//   alongside_crash_subject cli ARGUMENTS…       e.g. cli --store S --passphrase-stdin import F
//   alongside_crash_subject open-close STORE      (passphrase on stdin) saves a draft, closes
//   alongside_crash_subject lock STORE            takes the store's lock and lets it go
// Every success is reported on stdout only after it is durable, so a test can hold the store
// to everything reported before the kill.

#include "CliApplication.h"

#include "storage/driver/SqlCipherDriver.h"
#include "storage/repositories/DraftRepository.h"
#include "storage/store/Store.h"
#include "storage/store/StoreLock.h"
#include "storage/store/StoreOpener.h"
#include "support/TestStores.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>

using namespace alongside;

namespace {

void report(const char* line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

// As the app does it: prepare (lock), find the key, finish (connect), save the quick-note
// draft, close. The same three StoreOpener steps the unlock page runs.
int openAndClose(const QString& path)
{
    QTextStream in(stdin);
    const QString passphrase = in.readLine();
    core::StoreOpener opener(path, core::StoreOpener::Purpose::OpenExisting, test::cheapStoreOptions());
    core::StoreError error = opener.prepare();
    if (!error)
        error = opener.findKey(test::secret(passphrase));
    std::unique_ptr<core::Store> store;
    if (!error)
        store = opener.finish(&error);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error.message));
        return 3;
    }
    report("opened");
    core::DraftRepository drafts(store->database());
    if (!drafts.save(QStringLiteral("quick-note"), QStringLiteral("Rang Doris back at 3pm."),
                     QDateTime::currentDateTimeUtc()))
        return 8;
    report("draft saved");
    store->close();
    report("closed");
    return 0;
}

int lockAndRelease(const QString& path)
{
    core::StoreError error;
    auto lock = core::StoreLock::acquire(path, &error);
    if (!lock) {
        std::fprintf(stderr, "lock failed: %s\n", qPrintable(error.message));
        return 5;
    }
    report("locked");
    lock.reset();
    report("released");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("alongside-cli"));
    core::SqlCipherDriver::registerWithQt();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() >= 2 && arguments.front() == QLatin1String("cli"))
        return cli::runCli(arguments.mid(1), test::cheapStoreOptions());
    if (arguments.size() == 2 && arguments.front() == QLatin1String("open-close"))
        return openAndClose(arguments.at(1));
    if (arguments.size() == 2 && arguments.front() == QLatin1String("lock"))
        return lockAndRelease(arguments.at(1));
    std::fprintf(stderr, "usage: alongside_crash_subject cli ARGS… | open-close STORE | lock STORE\n");
    return 2;
}
