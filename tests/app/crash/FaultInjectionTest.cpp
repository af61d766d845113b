// The crash loop that reaches the dangerous instants. Each operation (init, import, passwd, an
// open and close as the app does it, taking the lock) is first run once to count its calls on
// the store's folder (open, write, pwrite, fsync/fdatasync, rename, unlink, ftruncate); then it
// is run again from the same starting state once per call, killed with SIGKILL at exactly that
// call by the FaultShim library. After every kill the store must open with the right
// passphrase (one of the two for passwd), pass verify, hold everything reported before the kill,
// and no lock may keep its owner out.

#include "CliProcess.h"

#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/DraftRepository.h"
#include "storage/store/StoreInfo.h"
#include "storage/store/StoreLock.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>
#include <map>

using namespace alongside;

namespace {

const QString kPassphrase = QString::fromLatin1(test::kPassphrase);
const QString kNewPassphrase = QString::fromLatin1(test::kOtherPassphrase);
const QString kCaseFile = QStringLiteral(ALONGSIDE_SOURCE_DIR "/tests/fixtures/cases/maximal-case.json");
const QString kImportedReference = QStringLiteral("TEST-MAX-001");

struct SubjectRun {
    bool killed = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString killedAt;  // "N kind path", from the shim's log
    QStringList calls; // "N kind path" for every counted call before the end (or the kill)
};

// Runs `program` under the shim, watching `folder`, killing it at call `killAt` (0: never).
SubjectRun runUnderShim(const QString& program, const QStringList& arguments, const QByteArray& input,
                        const QString& folder, long killAt, const QString& kinds = {})
{
    QTemporaryDir logFolder;
    const QString log = logFolder.filePath(QStringLiteral("calls.log"));
    QProcessEnvironment environment = test::cleanEnvironment();
    environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(ALONGSIDE_FAULT_SHIM));
    environment.insert(QStringLiteral("ALONGSIDE_FAULT_FOLDER"), folder);
    environment.insert(QStringLiteral("ALONGSIDE_FAULT_AT"), QString::number(killAt));
    environment.insert(QStringLiteral("ALONGSIDE_FAULT_LOG"), log);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!kinds.isEmpty())
        environment.insert(QStringLiteral("ALONGSIDE_FAULT_KINDS"), kinds);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    SubjectRun run;
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    const QStringList lines = QString::fromUtf8(test::readWholeFile(log)).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("killed ")))
            run.killedAt = line.mid(7);
        else
            run.calls << line;
    }
    return run;
}

SubjectRun runSubject(const QStringList& arguments, const QByteArray& input, const QString& folder,
                      long killAt)
{
    return runUnderShim(QStringLiteral(ALONGSIDE_CRASH_SUBJECT), arguments, input, folder, killAt);
}

// The store as it was before the operation: copied into a fresh folder for every run.
class Seed {
public:
    Seed()
    {
        auto store = test::createStore(path());
        QSqlQuery query(store->database());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO person (given_name, family_name, created_at)"
                                          " VALUES ('Seed', 'Person', '2026-01-01')")));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO safeguarding_case (person_id, reference, stage, concern_received_on, created_at)"
            " VALUES (1, 'SEED-1', 'Concern', '2026-01-01', '2026-01-01')")));
    }
    QString path() const { return m_folder.storePath(); }
    void copyInto(const QString& folder) const
    {
        REQUIRE(QFile::copy(path(), QDir(folder).filePath(QStringLiteral("test.alongside"))));
    }

private:
    test::TempStoreFolder m_folder;
};

std::unique_ptr<core::Store> openWithEither(const QString& path, QString* which = nullptr)
{
    for (const QString& passphrase : {kPassphrase, kNewPassphrase}) {
        core::StoreError error;
        if (auto store = test::openStore(path, passphrase, &error)) {
            if (which)
                *which = passphrase;
            return store;
        }
        if (error.kind != core::StoreErrorKind::WrongPassphrase) {
            INFO("open failed: " << error.message.toStdString() << " / " << error.detail.toStdString());
            return nullptr;
        }
    }
    return nullptr;
}

bool hasCase(const core::Store& store, const QString& reference)
{
    return core::CaseRepository(store.database(), QString()).findByReference(reference).has_value();
}

// What every kill must leave, whatever the operation: the store opens (nothing keeps its owner
// out) with one of the passphrases it was given, and it passes verify.
std::unique_ptr<core::Store> requireWholeStore(const QString& path, QString* passphrase = nullptr)
{
    auto store = openWithEither(path, passphrase);
    REQUIRE(store);
    const core::IntegrityReport report = core::verifyStore(*store);
    INFO(report.problems.join(u'\n').toStdString());
    REQUIRE(report.ok);
    return store;
}

// Where each run's folder goes: memory (/dev/shm) where there is one. SIGKILL leaves the page
// cache as it was, so a disk adds nothing to what is tested, only the time of every fsync.
QString scratchTemplate()
{
    const QFileInfo memory(QStringLiteral("/dev/shm"));
    const QString base = memory.isDir() && memory.isWritable() ? memory.filePath() : QDir::tempPath();
    return QDir(base).filePath(QStringLiteral("alongside-fault-XXXXXX"));
}

struct LoopCounts {
    int calls = 0;
    int kills = 0;
    std::map<QString, int> killsByKind;
};

QString kindOf(const QString& logLine)
{
    return logLine.section(u' ', 1, 1);
}

// Counts the operation's calls, then kills it once at each, checking after every kill.
LoopCounts killAtEveryCall(const QStringList& arguments, const QByteArray& input,
                           const std::function<void(const QString& folder)>& setUp,
                           const std::function<void(const QString& folder, const SubjectRun&)>& check)
{
    QTemporaryDir countingFolder(scratchTemplate());
    setUp(countingFolder.path());
    QStringList countingArguments = arguments;
    countingArguments.replaceInStrings(QStringLiteral("@"), countingFolder.path());
    const SubjectRun counting = runSubject(countingArguments, input, countingFolder.path(), 0);
    INFO(counting.err.toStdString());
    REQUIRE_FALSE(counting.killed);
    REQUIRE(counting.exitCode == 0);
    REQUIRE_FALSE(counting.calls.isEmpty());

    LoopCounts counts;
    counts.calls = static_cast<int>(counting.calls.size());
    for (int n = 1; n <= counts.calls; ++n) {
        QTemporaryDir folder(scratchTemplate());
        setUp(folder.path());
        QStringList runArguments = arguments;
        runArguments.replaceInStrings(QStringLiteral("@"), folder.path());
        const SubjectRun run = runSubject(runArguments, input, folder.path(), n);
        if (run.killed) {
            ++counts.kills;
            ++counts.killsByKind[kindOf(run.killedAt)];
        }
        INFO("call " << n << ", killed at " << run.killedAt.toStdString()
                     << "\nstdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
        check(folder.path(), run);
    }
    return counts;
}

void describe(const char* operation, const LoopCounts& counts)
{
    QStringList kinds;
    for (const auto& [kind, kills] : counts.killsByKind)
        kinds << QStringLiteral("%1 %2").arg(kind).arg(kills);
    WARN(operation << ": " << counts.calls << " calls, " << counts.kills << " kills ("
                   << kinds.join(QStringLiteral(", ")).toStdString() << ")");
}

QString storeIn(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("test.alongside"));
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(test::readWholeFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("init killed at any call leaves either no store or a whole one, and init can run again")
{
    const QByteArray input = test::line(kPassphrase);
    const LoopCounts counts = killAtEveryCall(
        {QStringLiteral("cli"), QStringLiteral("--store"), QStringLiteral("@/test.alongside"),
         QStringLiteral("--passphrase-stdin"), QStringLiteral("init")},
        input, [](const QString&) {},
        [&input](const QString& folder, const SubjectRun& run) {
            const QString path = storeIn(folder);
            if (run.out.contains(QStringLiteral("Created")) || QFileInfo::exists(path)) {
                // A file under the store's name is always a whole store.
                requireWholeStore(path);
                return;
            }
            // Nothing was made: nothing left behind stops the owner making it now.
            const SubjectRun again = runSubject({QStringLiteral("cli"), QStringLiteral("--store"), path,
                                                 QStringLiteral("--passphrase-stdin"),
                                                 QStringLiteral("init")},
                                                input, folder, 0);
            INFO(again.err.toStdString());
            REQUIRE(again.exitCode == 0);
            requireWholeStore(path);
        });
    describe("init", counts);
    CHECK(counts.kills >= 100);
}

TEST_CASE("import killed at any call leaves the store whole with all of the file or none of it")
{
    Seed seed;
    const LoopCounts counts = killAtEveryCall(
        {QStringLiteral("cli"), QStringLiteral("--store"), QStringLiteral("@/test.alongside"),
         QStringLiteral("--passphrase-stdin"), QStringLiteral("import"), kCaseFile},
        test::line(kPassphrase), [&seed](const QString& folder) { seed.copyInto(folder); },
        [](const QString& folder, const SubjectRun& run) {
            auto store = requireWholeStore(storeIn(folder));
            CHECK(hasCase(*store, QStringLiteral("SEED-1")));
            if (run.out.contains(QStringLiteral("Imported")))
                CHECK(hasCase(*store, kImportedReference)); // reported, so it is there
        });
    describe("import", counts);
    CHECK(counts.kills >= 100);
}

TEST_CASE("passwd killed at any call leaves a store that opens with one of the two passphrases")
{
    Seed seed;
    const LoopCounts counts = killAtEveryCall(
        {QStringLiteral("cli"), QStringLiteral("--store"), QStringLiteral("@/test.alongside"),
         QStringLiteral("--passphrase-stdin"), QStringLiteral("passwd")},
        test::line(kPassphrase) + test::line(kNewPassphrase),
        [&seed](const QString& folder) { seed.copyInto(folder); },
        [](const QString& folder, const SubjectRun& run) {
            QString opened;
            auto store = requireWholeStore(storeIn(folder), &opened);
            CHECK(hasCase(*store, QStringLiteral("SEED-1")));
            if (run.out.contains(QStringLiteral("Passphrase changed")))
                CHECK(opened == kNewPassphrase);
        });
    describe("passwd", counts);
    CHECK(counts.kills >= 100);
}

TEST_CASE(
    "opening, saving a draft and closing, killed at any call, keeps the store whole and the saved draft")
{
    Seed seed;
    const LoopCounts counts = killAtEveryCall(
        {QStringLiteral("open-close"), QStringLiteral("@/test.alongside")}, test::line(kPassphrase),
        [&seed](const QString& folder) { seed.copyInto(folder); },
        [](const QString& folder, const SubjectRun& run) {
            auto store = requireWholeStore(storeIn(folder));
            if (run.out.contains(QStringLiteral("draft saved")))
                CHECK(
                    core::DraftRepository(store->database()).find(QStringLiteral("quick-note")).has_value());
        });
    describe("open and close", counts);
    CHECK(counts.kills >= 20);
}

TEST_CASE("taking the lock, killed at any call, never leaves a lock that keeps the owner out")
{
    Seed seed;
    const LoopCounts counts = killAtEveryCall(
        {QStringLiteral("lock"), QStringLiteral("@/test.alongside")}, {},
        [&seed](const QString& folder) { seed.copyInto(folder); },
        [](const QString& folder, const SubjectRun&) {
            core::StoreError error;
            auto lock = core::StoreLock::acquire(storeIn(folder), &error);
            INFO(error.message.toStdString());
            CHECK(lock);
            lock.reset();
            requireWholeStore(storeIn(folder));
        });
    describe("lock", counts);
    CHECK(counts.kills >= 3);
}

TEST_CASE("a wrong passphrase after a crash left a -wal changes none of the store, its -wal or its -shm")
{
    // A store made by the real alongside-cli, then an import killed at its first fsync of the
    // write-ahead log: the state a flat battery leaves mid-save.
    test::TempStoreFolder folder;
    const QString path = folder.storePath();
    test::initStore(path, kPassphrase);
    const QStringList importArguments{QStringLiteral("--store"), path, QStringLiteral("--passphrase-stdin"),
                                      QStringLiteral("import"), kCaseFile};
    const SubjectRun counting = runUnderShim(QStringLiteral(ALONGSIDE_CLI_PATH), importArguments,
                                             test::line(kPassphrase), folder.dir().path(), 0,
                                             QStringLiteral("fsync"));
    REQUIRE(counting.exitCode == 0);
    long firstWalSync = 0;
    for (const QString& call : counting.calls) {
        if (call.endsWith(QStringLiteral("-wal"))) {
            firstWalSync = call.section(u' ', 0, 0).toLong();
            break;
        }
    }
    REQUIRE(firstWalSync > 0);
    // Start again from a new store, and kill the import at its first fsync of the -wal.
    REQUIRE(QDir(folder.dir().path()).removeRecursively());
    REQUIRE(QDir().mkpath(folder.dir().path()));
    test::initStore(path, kPassphrase);
    const SubjectRun killed = runUnderShim(QStringLiteral(ALONGSIDE_CLI_PATH), importArguments,
                                           test::line(kPassphrase), folder.dir().path(), firstWalSync,
                                           QStringLiteral("fsync"));
    INFO("killed at " << killed.killedAt.toStdString());
    REQUIRE(killed.killed);
    REQUIRE(killed.killedAt.endsWith(QStringLiteral("-wal")));
    const QStringList family{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    REQUIRE(QFileInfo(family[1]).size() > 0);
    REQUIRE(QFileInfo::exists(family[2]));
    QStringList before;
    for (const QString& file : family)
        before << QString::fromLatin1(sha256(file));

    // The shipped tool with the production key derivation, exactly as a person would run it.
    const test::CliRun info = test::runWithPassphrases(path, QStringLiteral("info"), {kNewPassphrase});
    INFO(info.describe());
    CHECK(info.exitCode == 3);
    // And the app's way in (StoreOpener's three steps), through the subject.
    const SubjectRun app = runSubject({QStringLiteral("open-close"), path}, test::line(kNewPassphrase),
                                      folder.dir().path(), 0);
    CHECK(app.exitCode == 3);

    QStringList after;
    for (const QString& file : family)
        after << QString::fromLatin1(sha256(file));
    CHECK(after == before);

    // The right passphrase still opens it, and nothing it held is lost.
    const test::CliRun verify = test::runWithPassphrases(path, QStringLiteral("verify"), {kPassphrase});
    INFO(verify.describe());
    CHECK(verify.exitCode == 0);
}
