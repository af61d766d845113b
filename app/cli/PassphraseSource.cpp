#include "PassphraseSource.h"

#include "CliText.h"
#include "Terminal.h"

namespace alongside::cli {

namespace {

const char* variableFor(PassphraseRole role)
{
    return role == PassphraseRole::Replacement ? PassphraseSource::kNewVariable
                                               : PassphraseSource::kCurrentVariable;
}

CommandResult lineProblem(LineStatus status)
{
    if (status == LineStatus::TooLong)
        return CommandResult::usage(
            CliText::tr("the passphrase is longer than %1 bytes").arg(kMaxPassphraseBytes));
    return CommandResult::usage(
        CliText::tr("standard input ended before a passphrase was read (one line per passphrase)"));
}

CommandResult takeLine(LineStatus status, QString& line, core::SecretBytes* passphrase)
{
    if (status != LineStatus::Read) {
        core::wipe(line);
        return lineProblem(status);
    }
    if (line.isEmpty())
        return CommandResult::usage(CliText::tr("an empty line is not a passphrase"));
    *passphrase = core::SecretBytes::takeUtf8(line);
    return CommandResult::ok();
}

} // namespace

PassphraseSource::PassphraseSource(bool fromStandardInput) : m_fromStandardInput(fromStandardInput)
{}

PassphraseSource::Origin PassphraseSource::originFor(PassphraseRole role) const
{
    if (m_fromStandardInput)
        return Origin::StandardInput;
    if (qEnvironmentVariableIsSet(variableFor(role)))
        return Origin::Environment;
    if (standardInputIsTerminal())
        return Origin::Terminal;
    return Origin::None;
}

CommandResult PassphraseSource::checkAvailable(PassphraseRole role) const
{
    if (originFor(role) != Origin::None)
        return CommandResult::ok();
    return CommandResult::usage(
        CliText::tr("no passphrase: use --passphrase-stdin or set %1 (standard input is not a "
                    "terminal, so there is no one to ask)")
            .arg(QLatin1String(variableFor(role))));
}

CommandResult PassphraseSource::read(PassphraseRole role, core::SecretBytes* passphrase)
{
    switch (originFor(role)) {
    case Origin::StandardInput: {
        QString line;
        return takeLine(readStandardInputLine(&line), line, passphrase);
    }
    case Origin::Environment: {
        QString value = qEnvironmentVariable(variableFor(role));
        if (value.isEmpty())
            return CommandResult::usage(CliText::tr("%1 is empty").arg(QLatin1String(variableFor(role))));
        *passphrase = core::SecretBytes::takeUtf8(value);
        return CommandResult::ok();
    }
    case Origin::Terminal: {
        QString first;
        const QString prompt = role == PassphraseRole::Current ? CliText::tr("Passphrase: ")
            : role == PassphraseRole::NewStore                 ? CliText::tr("Passphrase for the new store: ")
                                                               : CliText::tr("New passphrase: ");
        const CommandResult firstRead = takeLine(readHiddenLine(prompt, &first), first, passphrase);
        if (firstRead.failed() || role == PassphraseRole::Current)
            return firstRead;
        QString again;
        core::SecretBytes repeated;
        const CommandResult secondRead = takeLine(readHiddenLine(CliText::tr("The same again: "), &again),
                                                  again, &repeated);
        if (secondRead.failed())
            return secondRead;
        if (!repeated.equals(*passphrase)) {
            passphrase->clear();
            return CommandResult::usage(CliText::tr("the two passphrases did not match"));
        }
        return CommandResult::ok();
    }
    case Origin::None:
        break;
    }
    return checkAvailable(role);
}

} // namespace alongside::cli
