// The store commands, run as a user or a script would run them: the real binary, real files,
// production key derivation.

#include "CliProcess.h"

#include "rules/PassphrasePolicy.h"
#include "support/Catch.h"
#include "support/TestStores.h"

#include "storage/store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace alongside;
using test::CliRun;

namespace {

const QString kPassphrase = QString::fromLatin1(test::kPassphrase);
const QString kOtherPassphrase = QString::fromLatin1(test::kOtherPassphrase);

QString store(const test::TempStoreFolder& folder)
{
    return folder.storePath();
}

QStringList storeArguments(const QString& path, const QString& command)
{
    return {QStringLiteral("--store"), path, command};
}

} // namespace

TEST_CASE("init then info shows the schema version and zero counts, and neither prints the passphrase")
{
    test::TempStoreFolder folder;
    QProcessEnvironment environment = test::cleanEnvironment();
    environment.insert(QStringLiteral("ALONGSIDE_PASSPHRASE"), kPassphrase);
    const CliRun init = test::runCli(storeArguments(store(folder), QStringLiteral("init")), {}, environment);
    INFO(init.describe());
    REQUIRE(init.exitCode == 0);
    CHECK(QFile::exists(store(folder)));
    CHECK_FALSE(init.both().contains(kPassphrase));

    const CliRun info = test::runWithPassphrases(store(folder), QStringLiteral("info"), {kPassphrase});
    INFO(info.describe());
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Schema version:")));
    CHECK(info.out.contains(QStringLiteral("(latest known")));
    for (const char* count : {"People:", "Cases:", "Notes:", "Drafts:"})
        CHECK(info.out.contains(QRegularExpression(QLatin1String(count) + QStringLiteral("\\s+0\\n"))));
    CHECK(info.out.contains(QStringLiteral("4096 bytes")));
    CHECK_FALSE(info.both().contains(kPassphrase));
    CHECK(info.err.isEmpty());
}

TEST_CASE("info --json prints one object a script can read, with the schema version and counts")
{
    test::TempStoreFolder folder;
    test::initStore(store(folder), kPassphrase);
    const CliRun info = test::runWithPassphrases(store(folder), QStringLiteral("info"), {kPassphrase},
                                                 {QStringLiteral("--json")});
    INFO(info.describe());
    REQUIRE(info.exitCode == 0);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(info.out.toUtf8(), &parseError);
    REQUIRE(parseError.error == QJsonParseError::NoError);
    const QJsonObject object = document.object();
    CHECK(object.value(QStringLiteral("schemaVersion")).toInt() >= 1);
    CHECK(object.value(QStringLiteral("schemaVersion"))
          == object.value(QStringLiteral("latestSchemaVersion")));
    CHECK(object.value(QStringLiteral("people")).toInt(-1) == 0);
    CHECK(object.value(QStringLiteral("cases")).toInt(-1) == 0);
    CHECK(object.value(QStringLiteral("notes")).toInt(-1) == 0);
    CHECK(object.value(QStringLiteral("drafts")).toInt(-1) == 0);
    CHECK(object.value(QStringLiteral("cipherPageSize")).toInt() == 4096);
    CHECK(object.value(QStringLiteral("kdfVersion")).toInt() >= 1);
    CHECK(object.value(QStringLiteral("fileBytes")).toInteger() == QFileInfo(store(folder)).size());
    CHECK_FALSE(object.value(QStringLiteral("cipherVersion")).toString().isEmpty());
    CHECK_FALSE(info.out.contains(kPassphrase));
}

TEST_CASE("init refuses to overwrite an existing file and leaves it untouched")
{
    test::TempStoreFolder folder;
    {
        QFile file(store(folder));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("minutes of the strategy meeting\n");
    }
    const QByteArray before = test::readWholeFile(store(folder));
    const CliRun init = test::runWithPassphrases(store(folder), QStringLiteral("init"), {kPassphrase});
    INFO(init.describe());
    CHECK(init.exitCode == 7);
    CHECK(init.err.startsWith(QStringLiteral("alongside-cli: ")));
    CHECK(test::readWholeFile(store(folder)) == before);
}

TEST_CASE("init refuses a weak passphrase with the policy's reason and creates no file")
{
    test::TempStoreFolder folder;
    const CliRun init = test::runWithPassphrases(store(folder), QStringLiteral("init"),
                                                 {QStringLiteral("short")});
    INFO(init.describe());
    CHECK(init.exitCode == 6);
    CHECK(init.err.contains(QStringLiteral("three random words")));
    CHECK(init.err.count(u'\n') == 1);
    CHECK_FALSE(QFile::exists(store(folder)));
}

TEST_CASE("init and passwd refuse three common words with the same sentence the app shows")
{
    test::TempStoreFolder folder;
    const QString weak = QStringLiteral("cat dog cow");
    const CliRun init = test::runWithPassphrases(store(folder), QStringLiteral("init"), {weak});
    INFO(init.describe());
    CHECK(init.exitCode == 6);
    CHECK(init.err.trimmed() == QStringLiteral("alongside-cli: ") + core::assessPassphrase(weak).reason);
    CHECK_FALSE(QFile::exists(store(folder)));

    test::initStore(store(folder), kPassphrase);
    const QByteArray before = test::readWholeFile(store(folder));
    const CliRun passwd = test::runWithPassphrases(store(folder), QStringLiteral("passwd"),
                                                   {kPassphrase, weak});
    INFO(passwd.describe());
    CHECK(passwd.exitCode == 6);
    CHECK(passwd.err.trimmed() == QStringLiteral("alongside-cli: ") + core::assessPassphrase(weak).reason);
    CHECK(test::readWholeFile(store(folder)) == before);
}

TEST_CASE("a wrong passphrase exits 3 and leaves the store byte-identical")
{
    test::TempStoreFolder folder;
    test::initStore(store(folder), kPassphrase);
    const QByteArray before = test::readWholeFile(store(folder));
    REQUIRE_FALSE(before.isEmpty());

    const CliRun info = test::runWithPassphrases(store(folder), QStringLiteral("info"), {kOtherPassphrase});
    INFO(info.describe());
    CHECK(info.exitCode == 3);
    CHECK(info.out.isEmpty());
    CHECK(test::readWholeFile(store(folder)) == before);
}

TEST_CASE("passwd changes the passphrase: the old one no longer opens the store and the new one does")
{
    test::TempStoreFolder folder;
    test::initStore(store(folder), kPassphrase);

    // Scripts pass both through the environment; nothing on standard input.
    QProcessEnvironment environment = test::cleanEnvironment();
    environment.insert(QStringLiteral("ALONGSIDE_PASSPHRASE"), kPassphrase);
    environment.insert(QStringLiteral("ALONGSIDE_NEW_PASSPHRASE"), kOtherPassphrase);
    const CliRun passwd = test::runCli(storeArguments(store(folder), QStringLiteral("passwd")), {},
                                       environment);
    INFO(passwd.describe());
    REQUIRE(passwd.exitCode == 0);
    CHECK_FALSE(passwd.both().contains(kPassphrase));
    CHECK_FALSE(passwd.both().contains(kOtherPassphrase));

    const CliRun withOld = test::runWithPassphrases(store(folder), QStringLiteral("verify"), {kPassphrase});
    INFO(withOld.describe());
    CHECK(withOld.exitCode == 3);
    const CliRun withNew = test::runWithPassphrases(store(folder), QStringLiteral("verify"),
                                                    {kOtherPassphrase});
    INFO(withNew.describe());
    CHECK(withNew.exitCode == 0);
    CHECK(withNew.out == QStringLiteral("ok\n"));
}

TEST_CASE("passwd refuses a weak new passphrase and the old passphrase still opens the store")
{
    test::TempStoreFolder folder;
    test::initStore(store(folder), kPassphrase);
    const QByteArray before = test::readWholeFile(store(folder));

    const CliRun passwd = test::runWithPassphrases(store(folder), QStringLiteral("passwd"),
                                                   {kPassphrase, QStringLiteral("password1234")});
    INFO(passwd.describe());
    CHECK(passwd.exitCode == 6);
    CHECK_FALSE(passwd.err.contains(QStringLiteral("password1234")));
    CHECK(test::readWholeFile(store(folder)) == before);

    const CliRun verify = test::runWithPassphrases(store(folder), QStringLiteral("verify"), {kPassphrase});
    INFO(verify.describe());
    CHECK(verify.exitCode == 0);
}

TEST_CASE("a store held open by another process exits 5 and is left alone")
{
    test::TempStoreFolder folder;
    core::StoreError error;
    // Default options: the CLI must be able to open what it finds, had it not been in use.
    auto held = core::Store::create(store(folder), test::secret(kPassphrase), &error);
    REQUIRE(held);

    const CliRun info = test::runWithPassphrases(store(folder), QStringLiteral("info"), {kPassphrase});
    INFO(info.describe());
    CHECK(info.exitCode == 5);
    // Says who holds it (this test process) and what to do.
    CHECK(info.err.contains(QStringLiteral("in use by %1 (process %2, since ")
                                .arg(QCoreApplication::applicationName())
                                .arg(QCoreApplication::applicationPid())));
    CHECK(info.err.contains(QStringLiteral("then try again")));
    CHECK(held->isOpen());
}

TEST_CASE("a missing store file exits 7")
{
    test::TempStoreFolder folder;
    const CliRun info = test::runWithPassphrases(folder.filePath(QStringLiteral("nowhere.alongside")),
                                                 QStringLiteral("info"), {kPassphrase});
    INFO(info.describe());
    CHECK(info.exitCode == 7);
    CHECK(info.err.startsWith(QStringLiteral("alongside-cli: ")));
    CHECK(info.err.count(u'\n') == 1);
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("nowhere.alongside"))));
}
