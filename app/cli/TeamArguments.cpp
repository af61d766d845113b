#include "CliArguments.h"
#include "CliText.h"
#include "TeamCommands.h"

#include "keys/KeyFingerprint.h"

namespace alongside::cli {

namespace {

QString checkKeys(const CliArguments& a)
{
    const QString action = a.teamWords.value(0);
    const qsizetype rest = a.teamWords.size() - 1;
    if (action == u"show" || action == u"list") {
        if (rest > 0)
            return CliText::tr("keys %1 takes no file or fingerprint").arg(action);
    } else if (action == u"trust") {
        if (rest != 1)
            return CliText::tr("keys trust needs one public-key file: keys trust FILE --fingerprint DIGITS");
        if (a.fingerprint.isEmpty())
            return CliText::tr(
                "keys trust needs the fingerprint as you hear it: phone your colleague on a number "
                "you already know, ask them to read you the fingerprint from their own "
                "Alongside, and give it with --fingerprint \"DIGITS\"");
    } else if (action == u"revoke") {
        if (rest < 1)
            return CliText::tr("keys revoke needs the fingerprint of the keys to revoke: keys revoke "
                               "\"1234 5678 …\"");
        if (core::normalisedFingerprint(a.teamWords.mid(1).join(u' ')).isEmpty())
            return CliText::tr("a fingerprint is 32 digits, in eight groups of four");
    } else {
        return CliText::tr("keys needs what to do: keys show, keys list, keys trust FILE or keys revoke "
                           "FINGERPRINT");
    }
    if (!a.fingerprint.isEmpty() && action != u"trust")
        return CliText::tr("--fingerprint applies to keys trust only");
    if (!a.reason.isEmpty() && action != u"revoke")
        return CliText::tr("--reason applies to keys revoke only");
    if (!a.caseReferences.isEmpty() || !a.outPath.isEmpty() || !a.toKeyFiles.isEmpty() || a.allCases
        || a.aggregate || !a.year.isEmpty())
        return CliText::tr("--case, --all, --aggregate, --year, --to and --out apply to bundle make");
    return {};
}

QString checkBundle(const CliArguments& a)
{
    const QString action = a.teamWords.value(0);
    if (!a.fingerprint.isEmpty() || !a.reason.isEmpty())
        return CliText::tr("--fingerprint and --reason apply to the keys command");
    if (action == u"open") {
        if (a.teamWords.size() != 2)
            return CliText::tr("bundle open needs one bundle file: bundle open FILE");
        if (!a.caseReferences.isEmpty() || !a.outPath.isEmpty() || !a.toKeyFiles.isEmpty() || a.allCases
            || a.aggregate || !a.year.isEmpty())
            return CliText::tr("--case, --all, --aggregate, --year, --to and --out apply to bundle make");
        return {};
    }
    if (action != u"make")
        return CliText::tr("bundle needs what to do: bundle make … or bundle open FILE");
    if (a.teamWords.size() != 1)
        return CliText::tr("bundle make takes its files as options: --to KEYFILE and --out FILE");
    if (a.toKeyFiles.isEmpty())
        return CliText::tr("bundle make needs at least one --to PUBLIC-KEY-FILE: whom the bundle is for");
    if (int(a.allCases) + int(!a.caseReferences.isEmpty()) + int(a.aggregate) != 1)
        return CliText::tr("bundle make needs one of --case REFERENCE (one or more), --all or --aggregate");
    if (!a.year.isEmpty()) {
        bool number = false;
        const int year = a.year.toInt(&number);
        if (!a.aggregate)
            return CliText::tr("--year applies to bundle make --aggregate");
        if (!number || a.year.size() != 4 || year < 2000 || year > 2100)
            return CliText::tr(
                "--year is the year a reporting year begins, like 2025 for 1 April 2025 to 31 March "
                "2026");
    }
    if (a.outPath.isEmpty())
        return CliText::tr("bundle make needs --out FILE: where to write the bundle");
    return {};
}

} // namespace

QString checkTeamArguments(const CliArguments& a)
{
    if (a.command == Command::Keys)
        return checkKeys(a);
    if (a.command == Command::Bundle)
        return checkBundle(a);
    if (!a.fingerprint.isEmpty() || !a.reason.isEmpty())
        return CliText::tr("--fingerprint and --reason apply to the keys command only");
    if (a.allCases || a.aggregate || !a.year.isEmpty() || a.toKeyFiles.size() > 1)
        return CliText::tr("--all, --aggregate, --year and more than one --to apply to bundle make only");
    return {};
}

} // namespace alongside::cli
