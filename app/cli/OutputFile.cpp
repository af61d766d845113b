#include "OutputFile.h"

#include "CliText.h"

#include "application/PersonalFile.h"

#include <QDir>
#include <QFileInfo>

namespace alongside::cli {

namespace {

CommandResult taken(const QString& path)
{
    return {ExitCode::NotFoundOrExists,
            CliText::tr("%1 already exists; alongside-cli never overwrites a file")
                .arg(QDir::toNativeSeparators(path)),
            {}};
}

CommandResult fromPersonalFile(const QString& path, const core::PersonalFileResult& result)
{
    if (result.written)
        return CommandResult::ok();
    if (result.alreadyExists)
        return taken(path);
    return {ExitCode::Io, CliText::tr("%1 could not be written").arg(QDir::toNativeSeparators(path)),
            result.problem};
}

} // namespace

CommandResult writeOutputFile(const QString& path, const QByteArray& bytes)
{
    return fromPersonalFile(path, core::writePersonalFile(path, bytes));
}

CommandResult writeOutputFile(const QString& path, const std::function<bool(QIODevice&)>& writer)
{
    return fromPersonalFile(path, core::writePersonalFile(path, writer));
}

CommandResult refuseIfTaken(const QString& path)
{
    if (!path.isEmpty() && QFileInfo::exists(path))
        return taken(path);
    return CommandResult::ok();
}

} // namespace alongside::cli
