// Nothing of a store is readable by other accounts on the same computer: the store, its -wal
// and -shm, its lock file and any folder Alongside makes for it, whatever the umask.

#include "demo/DemoStore.h"
#include "storage/store/OwnerOnlyFiles.h"
#include "storage/store/StoreLock.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace alongside;

namespace {

// -1 when there is no such file.
int modeOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

// Restores the process's umask when a test ends.
struct UmaskScope {
    explicit UmaskScope(mode_t mask) : previous(::umask(mask)) {}
    ~UmaskScope() { ::umask(previous); }
    UmaskScope(const UmaskScope&) = delete;
    UmaskScope& operator=(const UmaskScope&) = delete;
    mode_t previous;
};

void writeANote(core::Store& store)
{
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO person (given_name, family_name, created_at) VALUES ('Owner', 'Only', '2026-01-01')")));
}

} // namespace

TEST_CASE("a new store, its -wal, -shm and lock file are readable by their owner only, whatever the umask")
{
    for (const mode_t mask : {mode_t(0), mode_t(022), mode_t(0277)}) {
        INFO("umask " << std::oct << mask);
        const UmaskScope scope(mask);
        test::TempStoreFolder folder;
        const QString path = folder.storePath();
        auto store = test::createStore(path);
        writeANote(*store);
        CHECK(modeOf(path) == 0600);
        CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
        CHECK(modeOf(core::StoreLock::lockPathFor(path)) == 0600);
    }
}

TEST_CASE("a store left readable by every account is made owner-only when its owner opens it")
{
    test::TempStoreFolder folder;
    const QString path = folder.storePath();
    test::createStore(path)->close();
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

    const UmaskScope permissive(0);
    auto store = test::openStore(path);
    REQUIRE(store);
    writeANote(*store);
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
}

TEST_CASE("a changed passphrase leaves the store readable by its owner only")
{
    const UmaskScope permissive(0);
    test::TempStoreFolder folder;
    const QString path = folder.storePath();
    auto store = test::createStore(path);
    REQUIRE_FALSE(store->changePassphrase(test::secret(QString::fromLatin1(test::kPassphrase)),
                                          test::secret(QString::fromLatin1(test::kOtherPassphrase))));
    writeANote(*store);
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
}

TEST_CASE("folders Alongside makes for stores are its owner's only, and folders already there are left alone")
{
    const UmaskScope permissive(0);
    test::TempStoreFolder folder;
    const QString shared = folder.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(shared));
    REQUIRE(::chmod(QFile::encodeName(shared).constData(), 0755) == 0);

    const QString deep = shared + QStringLiteral("/Alongside/team");
    REQUIRE(core::makeOwnerOnlyFolders(deep));
    CHECK(modeOf(shared + QStringLiteral("/Alongside")) == 0700);
    CHECK(modeOf(deep) == 0700);
    CHECK(modeOf(shared) == 0755);
}

TEST_CASE("the demo's folder is its owner's only")
{
    const UmaskScope permissive(0);
    const core::DemoStoreLocation location = core::chooseDemoStoreLocation();
    core::StoreError error;
    auto store = core::createDemoStore(location, QDate(2026, 3, 2), &error, test::cheapStoreOptions());
    INFO(error.message.toStdString());
    REQUIRE(store);
    CHECK(modeOf(location.folder) == 0700);
    CHECK(modeOf(location.path) == 0600);
    store.reset();
    core::removeDemoStore(location);
}
