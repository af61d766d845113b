#include "CliArguments.h"

#include "CliText.h"
#include "ReportCommand.h"
#include "TeamCommands.h"

#include "codecs/CheckRunner.h"
#include "storage/server/ServerLocation.h"

namespace alongside::cli {

namespace {

Command commandNamed(const QString& word)
{
    if (word == u"init")
        return Command::Init;
    if (word == u"info")
        return Command::Info;
    if (word == u"verify")
        return Command::Verify;
    if (word == u"passwd")
        return Command::Passwd;
    if (word == u"import")
        return Command::Import;
    if (word == u"export")
        return Command::Export;
    if (word == u"check")
        return Command::Check;
    if (word == u"letter")
        return Command::Letter;
    if (word == u"plain-check")
        return Command::PlainCheck;
    if (word == u"report")
        return Command::Report;
    if (word == u"keys")
        return Command::Keys;
    if (word == u"bundle")
        return Command::Bundle;
    if (word == u"db")
        return Command::Db;
    return Command::None;
}

bool looksLikePassphraseOption(const QString& word)
{
    const QString name = word.section(u'=', 0, 0);
    return name == u"--passphrase" || name == u"--password" || name == u"--pass"
        || name == u"--new-passphrase" || name == u"-p";
}

QString firstError(const QString& existing, const QString& candidate)
{
    return existing.isEmpty() ? candidate : existing;
}

// `--name VALUE` or `--name=VALUE`: true if `word` is that option, with the value in `value`
// (empty, and `*error` set, when it is missing).
bool takeOptionValue(const QStringList& arguments, qsizetype& i, const QString& name, QString* value,
                     QString* error)
{
    const QString& word = arguments.at(i);
    if (word == name) {
        if (i + 1 >= arguments.size()) {
            *error = firstError(*error, CliText::tr("%1 needs a value").arg(name));
            *value = QString();
            return true;
        }
        *value = arguments.at(++i);
    } else if (word.startsWith(name + u'=')) {
        *value = word.mid(name.size() + 1);
    } else {
        return false;
    }
    if (value->isEmpty())
        *error = firstError(*error, CliText::tr("%1 needs a value").arg(name));
    return true;
}

} // namespace

ParsedArguments parseArguments(const QStringList& arguments)
{
    ParsedArguments parsed;
    CliArguments& out = parsed.arguments;
    QString error;
    bool storeGiven = false;
    bool outGiven = false;
    int commandWords = 0;
    QString optionValue;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (word == u"--help" || word == u"-h") {
            out.help = true;
        } else if (word == u"--version") {
            out.version = true;
        } else if (word == u"--json") {
            out.json = true;
        } else if (word == u"--verbose") {
            out.verbose = true;
        } else if (word == u"--passphrase-stdin") {
            out.passphraseStdin = true;
        } else if (takeOptionValue(arguments, i, QStringLiteral("--service"), &optionValue, &error)) {
            // A council server named in pg_service.conf: the same as --store service=NAME.
            if (storeGiven)
                error = firstError(error, CliText::tr("give --store or --service once"));
            storeGiven = true;
            out.storePath = QStringLiteral("service=") + optionValue;
        } else if (word == u"--store" || word.startsWith(u"--store=")) {
            QString value;
            if (word == u"--store") {
                if (i + 1 >= arguments.size()) {
                    error = firstError(error, CliText::tr("--store needs a file path"));
                    continue;
                }
                value = arguments.at(++i);
            } else {
                value = word.mid(qsizetype(sizeof("--store=") - 1));
            }
            if (storeGiven)
                error = firstError(error, CliText::tr("--store was given more than once"));
            else if (value.isEmpty())
                error = firstError(error, CliText::tr("--store needs a file path"));
            storeGiven = true;
            out.storePath = value;
        } else if (takeOptionValue(arguments, i, QStringLiteral("--case"), &optionValue, &error)) {
            out.caseReferences << optionValue;
        } else if (takeOptionValue(arguments, i, QStringLiteral("--out"), &optionValue, &error)) {
            if (outGiven)
                error = firstError(error, CliText::tr("--out was given more than once"));
            outGiven = true;
            out.outPath = optionValue;
        } else if (takeOptionValue(arguments, i, QStringLiteral("--html"), &optionValue, &error)) {
            out.htmlPath = optionValue;
        } else if (takeOptionValue(arguments, i, QStringLiteral("--pictures"), &optionValue, &error)) {
            out.picturesFolder = optionValue;
        } else if (takeOptionValue(arguments, i, QStringLiteral("--to"), &optionValue, &error)) {
            // report: the last day; bundle make: a recipient's public-key file (repeatable).
            out.reportTo = optionValue;
            out.toKeyFiles << optionValue;
        } else if (takeOptionValue(arguments, i, QStringLiteral("--fingerprint"), &out.fingerprint, &error)
                   || takeOptionValue(arguments, i, QStringLiteral("--reason"), &out.reason, &error)) {
            // keys' options; checked with the command below (checkTeamArguments)
        } else if (word == u"--all") {
            out.allCases = true;
        } else if (word == u"--aggregate") {
            out.aggregate = true;
        } else if (takeOptionValue(arguments, i, QStringLiteral("--year"), &out.year, &error)) {
            // bundle make --aggregate's; checked with the command (checkTeamArguments)
        } else if (takeOptionValue(arguments, i, QStringLiteral("--from"), &out.reportFrom, &error)
                   || takeOptionValue(arguments, i, QStringLiteral("--csv"), &out.csvFolder, &error)
                   || takeOptionValue(arguments, i, QStringLiteral("--pdf"), &out.pdfPath, &error)) {
            // report's options; checked with the command below (checkReportArguments)
        } else if (word == u"--large-print") {
            out.largePrint = true;
        } else if (looksLikePassphraseOption(word)) {
            error = firstError(error,
                               CliText::tr("passphrases are never taken from the command line; "
                                           "use --passphrase-stdin or ALONGSIDE_PASSPHRASE"));
            // Skip the value that probably follows, so it is never mistaken for a command.
            if (!word.contains(u'=') && i + 1 < arguments.size())
                ++i;
        } else if (word.startsWith(u'-')) {
            // Only the name, never a value after '=': that could be a secret.
            error = firstError(error, CliText::tr("unknown option %1").arg(word.section(u'=', 0, 0)));
        } else {
            ++commandWords;
            if (commandWords == 1) {
                out.command = commandNamed(word);
                if (out.command == Command::None)
                    error = firstError(
                        error,
                        CliText::tr("unknown command; expected init, info, verify, passwd, "
                                    "import, export, check, letter, plain-check, report, keys, "
                                    "bundle or db"));
            } else if (commandWords == 2 && out.command == Command::Db) {
                out.dbAction = word;
                if (word != u"migrate")
                    error = firstError(error, CliText::tr("unknown db action; expected db migrate"));
            } else if (commandWords == 2 && out.command == Command::Import) {
                out.importFile = word;
            } else if (commandWords == 2 && out.command == Command::Check) {
                out.checkKind = word;
                // Not repeated back: a word in the wrong place may be a passphrase.
                if (!core::checkKindNamed(word))
                    error = firstError(error,
                                       CliText::tr("unknown check; expected %1")
                                           .arg(core::checkKindNames().join(QStringLiteral(", "))));
            } else if (commandWords == 3 && out.command == Command::Check) {
                out.checkFile = word;
            } else if (commandWords == 2 && out.command == Command::Report) {
                out.reportKind = word;
            } else if (commandWords == 2 && out.command == Command::PlainCheck) {
                out.plainCheckFile = word;
            } else if (out.command == Command::Keys || out.command == Command::Bundle) {
                out.teamWords << word; // checked in checkTeamArguments
            } else {
                error = firstError(error, CliText::tr("too many arguments: give one command"));
            }
        }
    }

    if (out.help || out.version)
        return parsed; // asked for help: answer that, whatever else was typed
    if (error.isEmpty() && commandWords == 0)
        error = CliText::tr("no command given; expected init, info, verify, passwd, import, export, check, "
                            "letter, plain-check, report, keys or bundle");
    if (out.command == Command::Check) {
        // A check reads one JSON file and touches no store, so it asks for no passphrase.
        if (error.isEmpty() && (storeGiven || out.passphraseStdin))
            error = CliText::tr(
                "check needs no store or passphrase: leave out --store and --passphrase-stdin");
        if (error.isEmpty() && (out.checkKind.isEmpty() || out.checkFile.isEmpty()))
            error = CliText::tr("check needs what to check and the file: check KIND FILE.json");
    }
    if (out.command == Command::PlainCheck) {
        // Like check: one text file, no store, no passphrase.
        if (error.isEmpty() && (storeGiven || out.passphraseStdin))
            error = CliText::tr(
                "plain-check needs no store or passphrase: leave out --store and --passphrase-stdin");
        if (error.isEmpty() && out.plainCheckFile.isEmpty())
            error = CliText::tr("plain-check needs the text file to check: plain-check FILE.txt");
    }
    if (error.isEmpty() && out.command == Command::Letter) {
        if (out.caseReferences.size() != 1)
            error = CliText::tr("letter needs one --case REFERENCE");
        else if (out.outPath.isEmpty())
            error = CliText::tr("letter needs --out FILE.pdf");
    }
    if (error.isEmpty() && out.command != Command::Letter
        && (out.largePrint || !out.htmlPath.isEmpty() || !out.picturesFolder.isEmpty()))
        error = CliText::tr("--large-print, --html and --pictures apply to the letter command only");
    const bool needsNoStore = out.command == Command::Check || out.command == Command::PlainCheck;
    if (error.isEmpty() && !storeGiven && !needsNoStore)
        error = CliText::tr("--store PATH is required");
    if (error.isEmpty() && out.json && out.command != Command::Info && out.command != Command::Check
        && out.command != Command::PlainCheck)
        error = CliText::tr("--json applies to the info command only");
    if (error.isEmpty() && out.command == Command::Db
        && (out.dbAction.isEmpty() || !core::namesServer(out.storePath)))
        error = CliText::tr("db migrate needs a council server: --store postgresql://… or --service NAME");
    if (error.isEmpty() && out.command == Command::Import && out.importFile.isEmpty())
        error = CliText::tr("import needs the case file to read: import FILE.json");
    if (error.isEmpty() && out.command == Command::Export && out.caseReferences.isEmpty())
        error = CliText::tr("export needs at least one --case REFERENCE");
    if (error.isEmpty() && out.command != Command::Export && out.command != Command::Letter
        && out.command != Command::Bundle && (!out.caseReferences.isEmpty() || outGiven))
        error = CliText::tr("--case and --out apply to the export, letter and bundle make commands only");
    if (error.isEmpty())
        error = checkReportArguments(out);
    if (error.isEmpty())
        error = checkTeamArguments(out);
    parsed.usageError = error;
    return parsed;
}

QString usageText()
{
    return CliText::tr("Usage: alongside-cli --store PATH [options] <command>\n"
                       "       alongside-cli check KIND FILE.json\n"
                       "       alongside-cli plain-check FILE.txt\n"
                       "\n"
                       "Commands:\n"
                       "  init      create a new, empty store at PATH (never overwrites a file)\n"
                       "  info      show the store's schema version, counts and cipher settings\n"
                       "  verify    read every page and check every link; prints \"ok\" or the problems\n"
                       "  passwd    change the passphrase (asks for the current one, then the new one)\n"
                       "  import FILE.json\n"
                       "            add the cases in a case file (docs/case-format.md); all or nothing\n"
                       "  export --case REFERENCE [--case REFERENCE ...] [--out FILE]\n"
                       "            write those cases as a case file, to FILE (never overwritten) or\n"
                       "            standard output\n"
                       "  check KIND FILE.json\n"
                       "            evaluate a situation or record against the law and print the result\n"
                       "            as JSON; KIND is advocacy, imca, one-advocate, capacity,\n"
                       "            best-interests or wishes (docs/checks.md); needs no store\n"
                       "  letter --case REFERENCE --out FILE.pdf [--large-print] [--html FILE.html]\n"
                       "         [--pictures DIR]\n"
                       "            the easy-read outcome letter for a case: the latest approved letter,\n"
                       "            or a fresh draft (marked DRAFT) if none has been approved\n"
                       "  plain-check FILE.txt\n"
                       "            check text against the easy-read word rules; findings as JSON;\n"
                       "            needs no store\n"
                       "  report sac --from DATE --to DATE [--csv DIR] [--pdf FILE.pdf]\n"
                       "            the Safeguarding Adults Collection tables for the concluded s.42\n"
                       "            enquiries closed in the period, as JSON; --csv writes one CSV per\n"
                       "            table, --pdf the report for the Board (docs/reporting.md)\n"
                       "  report outcomes --from DATE --to DATE\n"
                       "            the outcome measure (asked, expressed, achieved, seen within 24\n"
                       "            hours, seen alone, advocacy) for the same enquiries, as JSON\n"
                       "  keys show   print this store's public-key file (for colleagues; nothing secret)\n"
                       "  keys list   the colleagues whose keys this store trusts, and any revoked\n"
                       "  keys trust FILE --fingerprint DIGITS\n"
                       "            trust a colleague's public-key file; DIGITS is the fingerprint as they\n"
                       "            read it to you from their own Alongside (phone a number you know)\n"
                       "  keys revoke FINGERPRINT [--reason TEXT]\n"
                       "            stop trusting a colleague's keys, for good\n"
                       "  bundle make --to KEYFILE [--to KEYFILE ...] (--case REFERENCE ... | --all)\n"
                       "              --out FILE\n"
                       "            seal cases for trusted colleagues in a signed, encrypted bundle\n"
                       "  bundle make --to KEYFILE [--to KEYFILE ...] --aggregate [--year YYYY] --out FILE\n"
                       "            the year's SAC tables and outcome measure for the Board, counts only\n"
                       "  bundle open FILE\n"
                       "            check a bundle and add its cases; all or nothing (docs/bundles.md)\n"
                       "  db migrate  bring a council server's database up to this version's schema;\n"
                       "            run by IT signed in as the owner role (docs/postgresql.md)\n"
                       "\n"
                       "Options:\n"
                       "  --store PATH         the store file, or a council server: postgresql://… or\n"
                       "                       service=NAME (info, import, export and db so far; never\n"
                       "                       a password: libpq reads ~/.pgpass or uses Kerberos)\n"
                       "  --service NAME       a council server from pg_service.conf\n"
                       "  --passphrase-stdin   read passphrases from standard input, one per line\n"
                       "                       (passwd: current line, then new line)\n"
                       "  --json               info: print one JSON object\n"
                       "  --case REFERENCE     export: a case to export (repeat for more)\n"
                       "  --out FILE           export: write to FILE instead of standard output;\n"
                       "                       letter: the PDF to write\n"
                       "  --large-print        letter: 20 pt type instead of 16 pt\n"
                       "  --html FILE          letter: also write an accessible HTML version\n"
                       "  --pictures DIR       letter: the council's own pictures (SVG or PNG named by\n"
                       "                       pictogram id), used instead of Alongside's\n"
                       "  --from, --to DATE    report: the first and last day, yyyy-mm-dd, both included\n"
                       "  --csv DIR            report sac: write the tables as CSV files into DIR\n"
                       "  --pdf FILE           report sac: write the Board report as PDF\n"
                       "  --verbose            add technical detail to error messages\n"
                       "  --help, --version\n"
                       "\n"
                       "Passphrases are never taken from the command line. Without --passphrase-stdin they\n"
                       "come from ALONGSIDE_PASSPHRASE (and ALONGSIDE_NEW_PASSPHRASE for passwd), or are\n"
                       "asked for at the terminal with echo off.\n"
                       "\n"
                       "Exit codes: 0 ok, 1 unexpected, 2 usage, 3 wrong passphrase, 4 not a store or\n"
                       "damaged, 5 in use, 6 passphrase rejected, 7 not found or already exists, 8 I/O,\n"
                       "9 the import or check input file was rejected (each problem on standard error),\n"
                       "10 a bundle or public-key file is damaged, cut short, changed or newer, 11 the\n"
                       "bundle is not for this store, 12 its sender (or a --to colleague) is not trusted\n"
                       "here, 13 already imported, 14 trust or revoke refused, 15 a bundle kind this\n"
                       "version cannot open yet or a command not yet on a council server.\n"
                       "See docs/cli.md.");
}

} // namespace alongside::cli
