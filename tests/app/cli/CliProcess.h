#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace alongside::test {

// One finished run of the real alongside-cli.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    QString both() const { return out + err; }
    // For INFO(): what the run printed, so a failed check explains itself.
    std::string describe() const;
};

// The test's environment without any ALONGSIDE_* passphrase, so the machine running the
// suite cannot change what a test means.
QProcessEnvironment cleanEnvironment();

// Runs alongside-cli with `arguments`, writes `input` to its standard input and closes it
// (standard input is therefore a pipe, never a terminal).
CliRun runCli(const QStringList& arguments, const QByteArray& input = {},
              const QProcessEnvironment& environment = cleanEnvironment());

// `alongside-cli --store PATH --passphrase-stdin <command>` with one line per passphrase.
CliRun runWithPassphrases(const QString& storePath, const QString& command, const QStringList& passphrases,
                          const QStringList& extra = {});

// Creates a store through the CLI itself (production key derivation, as users get).
void initStore(const QString& storePath, const QString& passphrase);

QByteArray line(const QString& passphrase);

} // namespace alongside::test
