#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace alongside::core {

class CaseRepository;

struct CaseExportResult {
    QByteArray json;        // a whole case file (docs/case-format.md); empty on failure
    QString error;          // one plain sentence; empty on success
    QStringList references; // the cases in the file, in file order
    bool ok() const { return error.isEmpty(); }
};

// The cases with these references, in the order given, as one case file. Fails on an
// unknown reference (naming it) rather than leaving that case out.
CaseExportResult exportCases(const CaseRepository& repository, const QStringList& references);
// Every case in the store, in the order the store lists them. Fails on an empty store: a case
// file holds at least one case.
CaseExportResult exportAllCases(const CaseRepository& repository);

} // namespace alongside::core
