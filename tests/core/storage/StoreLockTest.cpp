// The single-process lock: a live holder is always respected, and nothing a dead one left behind
// (an empty, half-written, garbage or unopenable lock file) ever keeps the owner out.

#include "storage/store/StoreLock.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>

#include <unistd.h>

using namespace alongside;
using core::StoreErrorKind;

namespace {

void writeLockFile(const QString& storePath, const QByteArray& bytes)
{
    QFile file(core::StoreLock::lockPathFor(storePath));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString closedStore(const test::TempStoreFolder& folder)
{
    test::createStore(folder.storePath())->close();
    return folder.storePath();
}

} // namespace

TEST_CASE("an empty lock file, as a kill while making it leaves, does not keep the owner out")
{
    test::TempStoreFolder folder;
    const QString path = closedStore(folder);
    writeLockFile(path, {});
    QFile rmlock(core::StoreLock::lockPathFor(path) + QStringLiteral(".rmlock")); // the old lock's leftover
    REQUIRE(rmlock.open(QIODevice::WriteOnly));
    rmlock.close();
    core::StoreError error;
    CHECK(test::openStore(path, QString::fromLatin1(test::kPassphrase), &error));
    INFO(error.message.toStdString());
}

TEST_CASE("a lock file of garbage, or naming a process that is still running, does not keep the owner out")
{
    test::TempStoreFolder folder;
    const QString path = closedStore(folder);
    for (const QByteArray& leftover :
         {QByteArray("\x00\xff\x13garbage\n\n\xfe", 12), QByteArray("0\n\n\n"),
          QByteArray("1\nAlongside\n") + QSysInfo::machineHostName().toUtf8() + '\n',
          core::LockHolder{QStringLiteral("Alongside"), QCoreApplication::applicationPid(),
                           QDateTime::currentDateTimeUtc(), QSysInfo::machineHostName()}
              .toRecord()}) {
        writeLockFile(path, leftover);
        core::StoreError error;
        auto store = test::openStore(path, QString::fromLatin1(test::kPassphrase), &error);
        INFO(error.message.toStdString());
        CHECK(store);
    }
}

TEST_CASE("a link planted where the lock file goes is replaced, never followed")
{
    test::TempStoreFolder folder;
    const QString path = closedStore(folder);
    const QString elsewhere = folder.filePath(QStringLiteral("not-a-lock"));
    REQUIRE(QFile::link(elsewhere, core::StoreLock::lockPathFor(path)));
    CHECK(test::openStore(path));
    CHECK_FALSE(QFileInfo::exists(elsewhere));
}

TEST_CASE("a lock file its owner cannot open is made again rather than keeping them out")
{
    if (::geteuid() == 0) {
        WARN("running as root, which can open any file: nothing to check here");
        return;
    }
    test::TempStoreFolder folder;
    const QString path = closedStore(folder);
    writeLockFile(path, "4242\nAlongside\nsomewhere\n");
    REQUIRE(QFile::setPermissions(core::StoreLock::lockPathFor(path), {}));
    CHECK(test::openStore(path));
}

TEST_CASE("a store another process holds is refused with who holds it, and free the moment that process dies")
{
    test::TempStoreFolder folder;
    const QString path = closedStore(folder);
    QProcess holder;
    holder.start(QStringLiteral(ALONGSIDE_CRASH_WRITER), {QStringLiteral("records"), path});
    REQUIRE(holder.waitForStarted());
    QByteArray said;
    while (!said.contains("ready\n")) {
        REQUIRE(holder.waitForReadyRead(60000));
        said += holder.readAllStandardOutput();
    }

    core::StoreError error;
    CHECK_FALSE(test::openStore(path, QString::fromLatin1(test::kPassphrase), &error));
    CHECK(error.kind == StoreErrorKind::InUse);
    INFO(error.message.toStdString());
    CHECK(error.message.contains(QStringLiteral("alongside_crash_writer")));
    CHECK(error.message.contains(QStringLiteral("process %1").arg(holder.processId())));
    CHECK(error.message.contains(QStringLiteral("since ")));
    CHECK(error.message.contains(QStringLiteral("then try again")));

    holder.kill(); // SIGKILL: no chance to tidy anything
    REQUIRE(holder.waitForFinished());
    CHECK(test::openStore(path)); // at once: no waiting for a lock to go stale
}

TEST_CASE("a second opening in the same process is refused too, and the lock file goes when the store closes")
{
    test::TempStoreFolder folder;
    auto first = test::createStore(folder.storePath());
    CHECK(QFileInfo::exists(core::StoreLock::lockPathFor(folder.storePath())));
    core::StoreError error;
    CHECK_FALSE(test::openStore(folder.storePath(), QString::fromLatin1(test::kPassphrase), &error));
    CHECK(error.kind == StoreErrorKind::InUse);
    first->close();
    CHECK_FALSE(QFileInfo::exists(core::StoreLock::lockPathFor(folder.storePath())));
}

TEST_CASE("the in-use message names the app or the command-line tool and says what to do")
{
    const QDateTime since(QDate(2026, 3, 2), QTime(10, 5));
    const QString app = core::StoreLock::describeInUse(
        {QStringLiteral("Alongside"), 4242, since, QSysInfo::machineHostName()});
    CHECK(app
          == QStringLiteral(
              "This store is already open in another Alongside window (process 4242, since 10:05 on "
              "2 March 2026). Close the store in that window, then try again."));
    const QString cli = core::StoreLock::describeInUse(
        {QStringLiteral("alongside-cli"), 77, since, QStringLiteral("LAPTOP-17")});
    CHECK(cli
          == QStringLiteral(
              "This store is in use by alongside-cli (process 77 on the computer LAPTOP-17, since "
              "10:05 on 2 March 2026). Wait for that command to finish, then try again."));
    const QString unknown = core::StoreLock::describeInUse({});
    CHECK(unknown.contains(QStringLiteral("another Alongside window or in alongside-cli")));
}

TEST_CASE("a lock record that is cut short or garbage reads as nothing recorded")
{
    const core::LockHolder written{QStringLiteral("alongside-cli"), 4242,
                                   QDateTime(QDate(2026, 3, 2), QTime(10, 5), Qt::UTC), QStringLiteral("pc")};
    const core::LockHolder read = core::LockHolder::fromRecord(written.toRecord());
    CHECK(read.program == written.program);
    CHECK(read.processId == 4242);
    CHECK(read.since == written.since);
    CHECK(read.host == QStringLiteral("pc"));

    const core::LockHolder cut = core::LockHolder::fromRecord(written.toRecord().left(30));
    CHECK(cut.processId == 0);
    const core::LockHolder garbage = core::LockHolder::fromRecord(
        "program: \x01\x02\nprocess: -5\nsince: soon\n");
    CHECK(garbage.program.isEmpty());
    CHECK(garbage.processId == 0);
    CHECK_FALSE(garbage.since.isValid());
}
