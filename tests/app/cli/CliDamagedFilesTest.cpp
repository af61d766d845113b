// Files that are not a healthy store. What the CLI can honestly say depends on where the
// damage is: SQLCipher checks each page's HMAC with the key, so a bad first page looks
// exactly like a wrong passphrase, while a bad later page is recognisably damage.

#include "CliProcess.h"

#include "support/Catch.h"
#include "support/TestStores.h"

#include <QFile>
#include <QRandomGenerator>

using namespace alongside;
using test::CliRun;

namespace {

const QString kPassphrase = QString::fromLatin1(test::kPassphrase);
constexpr qint64 kPageSize = 4096;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

CliRun verify(const QString& path)
{
    return test::runWithPassphrases(path, QStringLiteral("verify"), {kPassphrase});
}

} // namespace

TEST_CASE("verify says ok for a healthy store and exits 4 once a byte in a later page is flipped")
{
    test::TempStoreFolder folder;
    const QString path = folder.storePath();
    test::initStore(path, kPassphrase);
    const CliRun healthy = verify(path);
    INFO(healthy.describe());
    REQUIRE(healthy.exitCode == 0);
    REQUIRE(healthy.out == QStringLiteral("ok\n"));

    QByteArray bytes = test::readWholeFile(path);
    const qsizetype middle = bytes.size() / 2;
    REQUIRE(middle >= kPageSize); // page 1 intact, so the key is still provably right
    bytes[middle] = static_cast<char>(bytes[middle] ^ 0x5a);
    writeFile(path, bytes);

    const CliRun damaged = verify(path);
    INFO(damaged.describe());
    CHECK(damaged.exitCode == 4);
    CHECK(damaged.err.contains(QStringLiteral("damaged")));
    CHECK(damaged.out != QStringLiteral("ok\n"));
}

TEST_CASE("a store cut short to a size that is not whole pages exits 4")
{
    test::TempStoreFolder folder;
    const QString path = folder.storePath();
    test::initStore(path, kPassphrase);
    const QByteArray bytes = test::readWholeFile(path);
    REQUIRE(bytes.size() > 2 * kPageSize);
    writeFile(path, bytes.left(2 * kPageSize + 100));

    const CliRun run = verify(path);
    INFO(run.describe());
    CHECK(run.exitCode == 4);
}

TEST_CASE("a plain text file exits 4")
{
    test::TempStoreFolder folder;
    const QString path = folder.filePath(QStringLiteral("notes.txt"));
    writeFile(path, "Visit on Tuesday; daughter present.\n");

    const CliRun run = verify(path);
    INFO(run.describe());
    CHECK(run.exitCode == 4);
}

TEST_CASE("an unencrypted SQLite database exits 4 as not an Alongside store")
{
    test::TempStoreFolder folder;
    const QString path = folder.filePath(QStringLiteral("plain.sqlite"));
    QByteArray page(kPageSize, '\0');
    page.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    writeFile(path, page);

    const CliRun run = verify(path);
    INFO(run.describe());
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("not an Alongside store")));
}

TEST_CASE(
    "random bytes of a whole number of pages exit 3, as SQLCipher cannot tell them from a wrong passphrase")
{
    test::TempStoreFolder folder;
    const QString path = folder.storePath();
    QByteArray noise(2 * kPageSize, '\0');
    for (char& byte : noise)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    writeFile(path, noise);

    const CliRun run = verify(path);
    INFO(run.describe());
    CHECK(run.exitCode == 3);
    CHECK(test::readWholeFile(path) == noise);
}
