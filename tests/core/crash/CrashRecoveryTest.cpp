// A flat battery mid-sentence must lose nothing that was saved. A child process writes (or
// re-keys) in a loop and is killed with SIGKILL at random moments; the store must then open,
// pass its integrity check, and hold everything the child reported as committed.

#include "storage/store/StoreInfo.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

using namespace alongside;

namespace {

constexpr int kRecordRuns = 25;
constexpr int kPassphraseRuns = 15;

// Starts the child, waits until it has opened the store and begun (so a slow, loaded machine
// does not turn every run into "killed before it started"), then kills it at a random moment.
// `waitFor` is what the child must have printed before the countdown starts: "ready\n" (it has
// opened the store), or the start of its first success line, so some runs are sure to cut
// into work that has already succeeded at least once, however slow the machine is.
QByteArray runAndKill(const QString& mode, const QString& storePath, int minMs, int maxMs,
                      const QByteArray& waitFor = "ready\n")
{
    QProcess child;
    child.start(QStringLiteral(ALONGSIDE_CRASH_WRITER), {mode, storePath});
    REQUIRE(child.waitForStarted());
    QByteArray output;
    while (!output.contains(waitFor)) {
        INFO(child.readAllStandardError().toStdString());
        REQUIRE(child.waitForReadyRead(60000));
        output += child.readAllStandardOutput();
    }
    QThread::msleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(minMs, maxMs)));
    child.kill(); // SIGKILL on POSIX: no destructors, no flush, no checkpoint
    child.waitForFinished();
    INFO(child.readAllStandardError().toStdString());
    return output + child.readAllStandardOutput();
}

void seedOneCase(const QString& path)
{
    auto store = test::createStore(path);
    QSqlQuery query(store->database());
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO person (given_name, family_name, created_at) VALUES ('Crash', 'Test', '2026-01-01')")));
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at)"
        " VALUES (1, 'CRASH-1', 'Concern', '2026-01-01', '2026-01-01')")));
}

} // namespace

TEST_CASE("every record reported committed survives SIGKILL at random moments, and the store stays whole")
{
    test::TempStoreFolder folder;
    seedOneCase(folder.storePath());
    QSet<qint64> reported;
    for (int run = 0; run < kRecordRuns; ++run) {
        const QByteArray output = runAndKill(QStringLiteral("records"), folder.storePath(), 20, 400,
                                             run % 2 == 0 ? QByteArray("committed ") : QByteArray("ready\n"));
        for (const QByteArray& line : output.split('\n')) {
            if (line.startsWith("committed "))
                reported.insert(line.mid(10).toLongLong());
        }
    }
    REQUIRE(reported.size() > kRecordRuns); // the children really did write

    core::StoreError error;
    auto store = test::openStore(folder.storePath(), QString::fromLatin1(test::kPassphrase), &error);
    INFO(error.detail.toStdString());
    REQUIRE(store);
    CHECK(core::verifyStore(*store).ok);
    QSet<qint64> present;
    QSqlQuery query(store->database());
    query.setForwardOnly(true);
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM case_note")));
    while (query.next())
        present.insert(query.value(0).toLongLong());
    const QSet<qint64> lost = reported - present;
    CHECK(lost.isEmpty());
}

TEST_CASE(
    "a passphrase change killed at any moment leaves a store that opens with one of the two passphrases")
{
    test::TempStoreFolder folder;
    seedOneCase(folder.storePath());
    const QString passphrases[] = {QString::fromLatin1(test::kPassphrase),
                                   QString::fromLatin1(test::kOtherPassphrase)};
    int changesSeen = 0;
    for (int run = 0; run < kPassphraseRuns; ++run) {
        // Every other run waits for one completed change first, so changes are always seen.
        const QByteArray output = runAndKill(QStringLiteral("passwd"), folder.storePath(), 5, 400,
                                             run % 2 == 0 ? QByteArray("passphrase ")
                                                          : QByteArray("ready\n"));
        changesSeen += static_cast<int>(output.count("passphrase "));

        std::unique_ptr<core::Store> store;
        for (const QString& passphrase : passphrases) {
            if ((store = test::openStore(folder.storePath(), passphrase)))
                break;
        }
        INFO("run " << run);
        REQUIRE(store);
        CHECK(core::verifyStore(*store).ok);
        CHECK(core::readStoreInfo(*store).cases == 1);
    }
    CHECK(changesSeen > 0);
}
