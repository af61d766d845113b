// Hostile files given to the real alongside-cli: refused with `path: reason` lines on stderr and
// exit 9, before a passphrase is asked for and without reading a huge file into memory.

#include "CliProcess.h"

#include "support/Catch.h"
#include "support/TestStores.h"

#include <QFile>

using namespace alongside;
using test::CliRun;

namespace {

QString writeFile(const test::TempStoreFolder& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("import refuses a file over the size limit from its size alone, before the store is opened")
{
    test::TempStoreFolder folder;
    const QString path = folder.filePath(QStringLiteral("huge.json"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(65 * 1024 * 1024)); // sparse: nothing is written, nothing to read
    }
    // There is no store at all: the file is refused before one would be opened.
    const CliRun run = test::runWithPassphrases(folder.storePath(), QStringLiteral("import"),
                                                {QString::fromLatin1(test::kPassphrase)}, {path});
    INFO(run.describe());
    CHECK(run.exitCode == 9);
    CHECK(run.err.contains(QStringLiteral(
        "$: the file is 68157440 bytes (65 MiB); at most 67108864 bytes (64 MiB) can be read\n")));
}

TEST_CASE("check prints a path: reason line for a field given twice and for a NUL, and exits 9")
{
    test::TempStoreFolder folder;
    const QString path = writeFile(folder, QStringLiteral("twice.json"),
                                   "{\"process\": \"review\", \"process\": \"section-42-enquiry\",\n"
                                   " \"disagreement\": {\"about\": \"moving \\u0000 home\"}}\n");
    const CliRun run = test::runCli({QStringLiteral("check"), QStringLiteral("advocacy"), path});
    INFO(run.describe());
    CHECK(run.exitCode == 9);
    CHECK(
        run.err.contains(QStringLiteral("$.process: this field appears more than once in the same object")));
    CHECK(run.err.contains(QStringLiteral("$.disagreement.about: has a control character (U+0000)")));
    CHECK(run.out.isEmpty());
}

TEST_CASE("check refuses an input over a mebibyte without reading it")
{
    test::TempStoreFolder folder;
    const QString path = writeFile(folder, QStringLiteral("big.json"),
                                   "{\"wish\": \"" + QByteArray(1024 * 1024, 'w') + "\"}");
    const CliRun run = test::runCli({QStringLiteral("check"), QStringLiteral("wishes"), path});
    INFO(run.describe());
    CHECK(run.exitCode == 9);
    CHECK(run.err.contains(QStringLiteral("at most 1048576 bytes (1 MiB) can be read")));
}
