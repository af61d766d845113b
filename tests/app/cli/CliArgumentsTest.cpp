// The parser and the exit-code table, in-process: no store, no key derivation.

#include "CliArguments.h"
#include "ExitCode.h"

#include "support/Catch.h"

using namespace alongside;
using cli::Command;
using cli::ExitCode;

namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* word : list)
        out << QString::fromUtf8(word);
    return out;
}

} // namespace

TEST_CASE("arguments in any order give the command, the store path and the flags")
{
    const auto parsed = cli::parseArguments(
        words({"info", "--json", "--store=/tmp/a b.alongside", "--passphrase-stdin"}));
    CHECK(parsed.usageError.isEmpty());
    CHECK(parsed.arguments.command == Command::Info);
    CHECK(parsed.arguments.storePath == QStringLiteral("/tmp/a b.alongside"));
    CHECK(parsed.arguments.json);
    CHECK(parsed.arguments.passphraseStdin);

    const auto spaced = cli::parseArguments(words({"--store", "x.alongside", "passwd"}));
    CHECK(spaced.usageError.isEmpty());
    CHECK(spaced.arguments.command == Command::Passwd);
    CHECK(spaced.arguments.storePath == QStringLiteral("x.alongside"));
}

TEST_CASE("every spelling of a passphrase option is a usage error that does not quote its value")
{
    for (const auto& arguments : {words({"--store", "s", "--passphrase", "kettle", "info"}),
                                  words({"--store", "s", "--password=kettle", "info"}),
                                  words({"--store", "s", "-p", "kettle", "info"}),
                                  words({"--store", "s", "--new-passphrase", "kettle", "passwd"})}) {
        const auto parsed = cli::parseArguments(arguments);
        INFO(arguments.join(u' ').toStdString());
        CHECK_FALSE(parsed.usageError.isEmpty());
        CHECK_FALSE(parsed.usageError.contains(QStringLiteral("kettle")));
    }
}

TEST_CASE("an unknown option is named without any value after an equals sign")
{
    const auto parsed = cli::parseArguments(words({"--store", "s", "--secret=kettle", "info"}));
    CHECK(parsed.usageError.contains(QStringLiteral("--secret")));
    CHECK_FALSE(parsed.usageError.contains(QStringLiteral("kettle")));
}

TEST_CASE("json output is for info only, and one command is allowed")
{
    CHECK_FALSE(cli::parseArguments(words({"--store", "s", "--json", "verify"})).usageError.isEmpty());
    CHECK_FALSE(cli::parseArguments(words({"--store", "s", "info", "verify"})).usageError.isEmpty());
    CHECK_FALSE(cli::parseArguments(words({"--store", "s"})).usageError.isEmpty());
    CHECK_FALSE(cli::parseArguments(words({"--store"})).usageError.isEmpty());
    CHECK_FALSE(cli::parseArguments(words({"--store", "a", "--store", "b", "info"})).usageError.isEmpty());
}

TEST_CASE("store errors map to the exit codes documented in docs/cli.md")
{
    using core::StoreErrorKind;
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::None)) == 0);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::WrongPassphrase)) == 3);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::Damaged)) == 4);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::NotAStore)) == 4);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::NewerSchema)) == 4);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::InUse)) == 5);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::WeakPassphrase)) == 6);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::NotFound)) == 7);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::AlreadyExists)) == 7);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::Io)) == 8);
    CHECK(cli::toInt(cli::exitCodeFor(StoreErrorKind::NotSqlCipher)) == 1);
    CHECK(cli::toInt(ExitCode::Usage) == 2);
}
