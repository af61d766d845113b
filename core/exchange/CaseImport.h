#pragma once

#include "codecs/CaseFileProblem.h"
#include "codecs/CaseFileReader.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace alongside::core {

struct CaseImportResult {
    CaseFileProblems problems; // why the file was refused, each at its place in the file
    QString storeError;        // why the store refused the write (one plain sentence)
    QStringList imported;      // references written, in file order; empty unless ok()

    bool ok() const { return problems.empty() && storeError.isEmpty(); }
};

// What this store refuses in a file read cleanly: a reference already used here, a case
// (version 2, by its uid) already here, a case the store's own rules refuse (version 1).
CaseFileProblems problemsWithStore(const CaseFileContents& contents, const QSqlDatabase& db);

// All or nothing. Reads and checks the whole file first (readCaseFile, then the store's own
// rules for a new case, then references already in the store); only if nothing is wrong does
// it write every case, in one transaction. A version 1 case is entered in the history with one
// entry per field as `practitioner` at `now`; a version 2 case brings its own history and
// uids, and nothing is added, so exporting it again gives the same file. On any problem, or if the store
// refuses a write, nothing at all is written. `sameChange`, if given, is written in the same transaction as
// the cases (a bundle's record of having been opened) and abandons everything if it throws WriteRefused.
CaseImportResult importCaseFile(const QByteArray& bytes, QSqlDatabase db, const QString& practitioner,
                                const QDateTime& now, const std::function<void()>& sameChange = {});
// The same for a file already read (and found ok) by readCaseFile, so a caller that checked the
// file before asking for the passphrase does not hold two readings of it in memory.
CaseImportResult importCaseFile(CaseFileContents contents, QSqlDatabase db, const QString& practitioner,
                                const QDateTime& now, const std::function<void()>& sameChange = {});

} // namespace alongside::core
