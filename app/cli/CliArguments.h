#pragma once

#include "storage/store/StoreOptions.h"

#include <QString>
#include <QStringList>

namespace alongside::cli {

enum class Command {
    None,
    Init,
    Info,
    Verify,
    Passwd,
    Import,
    Export,
    Check,
    Letter,
    PlainCheck,
    Report,
    Keys,
    Bundle,
    Db
};

// What the person asked for on the command line. Deliberately has no field for a passphrase:
// one typed as an argument would sit in shell history and in `ps` output for everyone to read.
struct CliArguments {
    QString storePath; // a store file, or a council server: postgresql://… or service=NAME
    QString dbAction;  // db: what to do to a council server's database (migrate)
    Command command = Command::None;
    QString importFile;         // import: the case file to read
    QStringList caseReferences; // export: --case, in the order given (one or more); letter: one
    QString outPath;            // export: --out; empty means standard output; letter: the PDF
    QString htmlPath;           // letter: --html, the accessible HTML version
    bool largePrint = false;    // letter: --large-print (20 pt)
    QString picturesFolder;     // letter: --pictures, a council's own pictures by pictogram id
    QString plainCheckFile;     // plain-check: the text file to check
    QString checkKind;          // check: advocacy, imca, one-advocate, capacity, best-interests, wishes
    QString checkFile;          // check: the JSON situation or record to evaluate
    QString reportKind;         // report: sac or outcomes
    QString reportFrom;         // report: --from yyyy-mm-dd (checked to be a real day)
    QString reportTo;           // report: --to yyyy-mm-dd
    QString csvFolder;          // report sac: --csv DIR, one CSV per table
    QString pdfPath;            // report sac: --pdf FILE, the Board report
    QStringList teamWords;  // keys, bundle: what to do and its file or fingerprint (show, trust FILE, …)
    QString fingerprint;    // keys trust: --fingerprint, as the colleague read it out
    QString reason;         // keys revoke: --reason, kept with the record
    QStringList toKeyFiles; // bundle make: --to PUBLIC-KEY-FILE, one per recipient (report: --to DATE)
    bool allCases = false;  // bundle make: --all
    bool aggregate = false; // bundle make: --aggregate (the Board's figures, docs/bundles.md)
    QString year;           // bundle make --aggregate: --year YYYY, the reporting year it begins
    bool json = false;
    bool passphraseStdin = false;
    bool verbose = false;
    bool help = false;
    bool version = false;
    // Never from the command line or the environment: always the built-in key derivation in
    // alongside-cli. Only a program that embeds the commands (the crash tests) passes cheaper
    // settings, through runCli.
    core::StoreOptions storeOptions;
};

struct ParsedArguments {
    CliArguments arguments;
    QString usageError; // empty when the arguments make sense
};

// `arguments` excludes the program name. Never echoes an unrecognised word back, since it may
// be a passphrase typed in the wrong place.
ParsedArguments parseArguments(const QStringList& arguments);

QString usageText();

} // namespace alongside::cli
