// Usage errors: exit 2, one line on standard error, and nothing secret repeated back.

#include "CliProcess.h"

#include "support/Catch.h"
#include "support/TestStores.h"

#include <QFile>

using namespace alongside;
using test::CliRun;

namespace {

const QString kPassphrase = QString::fromLatin1(test::kPassphrase);

} // namespace

TEST_CASE("a passphrase given on the command line is refused with exit 2 and not repeated back")
{
    test::TempStoreFolder folder;
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--store"), folder.storePath(), QStringLiteral("--passphrase"),
                      kPassphrase, QStringLiteral("init")},
          QStringList{QStringLiteral("--store"), folder.storePath(),
                      QStringLiteral("--passphrase=") + kPassphrase, QStringLiteral("init")}}) {
        const CliRun run = test::runCli(arguments);
        INFO(run.describe());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("never taken from the command line")));
        CHECK_FALSE(run.both().contains(kPassphrase));
    }
    CHECK_FALSE(QFile::exists(folder.storePath()));
}

TEST_CASE("an unknown command exits 2 without repeating the word, which might be a passphrase")
{
    test::TempStoreFolder folder;
    const CliRun run = test::runCli({QStringLiteral("--store"), folder.storePath(), kPassphrase});
    INFO(run.describe());
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(QStringLiteral("alongside-cli: unknown command")));
    CHECK(run.err.count(u'\n') == 1);
    CHECK_FALSE(run.err.contains(kPassphrase));
}

TEST_CASE("empty standard input with --passphrase-stdin exits 2 and creates nothing")
{
    test::TempStoreFolder folder;
    const CliRun run = test::runCli({QStringLiteral("--store"), folder.storePath(),
                                     QStringLiteral("--passphrase-stdin"), QStringLiteral("init")});
    INFO(run.describe());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("standard input ended")));
    CHECK_FALSE(QFile::exists(folder.storePath()));
}

TEST_CASE("with no terminal, flag or environment variable to give a passphrase the CLI exits 2")
{
    test::TempStoreFolder folder;
    const CliRun run = test::runCli({QStringLiteral("--store"), folder.storePath(), QStringLiteral("init")},
                                    test::line(kPassphrase)); // a pipe, but not asked to read it
    INFO(run.describe());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("ALONGSIDE_PASSPHRASE")));
    CHECK_FALSE(QFile::exists(folder.storePath()));
}

TEST_CASE("passwd with only the current passphrase on standard input exits 2 and changes nothing")
{
    test::TempStoreFolder folder;
    test::initStore(folder.storePath(), kPassphrase);
    const QByteArray before = test::readWholeFile(folder.storePath());

    const CliRun run = test::runWithPassphrases(folder.storePath(), QStringLiteral("passwd"), {kPassphrase});
    INFO(run.describe());
    CHECK(run.exitCode == 2);
    CHECK(test::readWholeFile(folder.storePath()) == before);
}

TEST_CASE("help and version exit 0 and describe the tool")
{
    const CliRun help = test::runCli({QStringLiteral("--help")});
    INFO(help.describe());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--passphrase-stdin")));
    CHECK(help.out.contains(QStringLiteral("passwd")));

    const CliRun version = test::runCli({QStringLiteral("--version")});
    INFO(version.describe());
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("alongside-cli " ALONGSIDE_VERSION));
}

TEST_CASE("a command without --store exits 2")
{
    const CliRun run = test::runCli({QStringLiteral("info")}, test::line(kPassphrase));
    INFO(run.describe());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--store")));
}
