#include "CliActor.h"

#include "CliText.h"

#include "storage/repositories/LetterRepository.h"

namespace alongside::cli {

QString cliActor(const QSqlDatabase& db)
{
    QString who;
    if (const auto contact = core::LetterRepository(db, QString()).practitionerContact())
        who = contact->name;
    if (who.isEmpty())
        who = qEnvironmentVariable("USER");
    if (who.isEmpty())
        who = qEnvironmentVariable("USERNAME");
    if (who.isEmpty())
        who = CliText::tr("unknown user");
    return CliText::tr("%1 (alongside-cli)").arg(who);
}

} // namespace alongside::cli
