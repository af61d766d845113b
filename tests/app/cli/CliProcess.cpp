#include "CliProcess.h"

#include "support/Catch.h"

#include <QProcess>

namespace alongside::test {

std::string CliRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err).toStdString();
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ALONGSIDE_PASSPHRASE"));
    environment.remove(QStringLiteral("ALONGSIDE_NEW_PASSPHRASE"));
    return environment;
}

CliRun runCli(const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ALONGSIDE_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray line(const QString& passphrase)
{
    return passphrase.toUtf8() + '\n';
}

CliRun runWithPassphrases(const QString& storePath, const QString& command, const QStringList& passphrases,
                          const QStringList& extra)
{
    QByteArray input;
    for (const QString& passphrase : passphrases)
        input += line(passphrase);
    return runCli(
        QStringList{QStringLiteral("--store"), storePath, QStringLiteral("--passphrase-stdin"), command}
            + extra,
        input);
}

void initStore(const QString& storePath, const QString& passphrase)
{
    const CliRun run = runWithPassphrases(storePath, QStringLiteral("init"), {passphrase});
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
}

} // namespace alongside::test
