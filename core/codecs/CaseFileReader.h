#pragma once

#include "codecs/CaseFileProblem.h"
#include "codecs/WholeCaseLayout.h"

#include "model/CaseRecord.h"

#include <QByteArray>

#include <vector>

namespace alongside::core {

struct CaseFileContents {
    int version = 0;               // of the format, once read
    std::vector<CaseRecord> cases; // version 1, in file order; links as record-local ids (CaseJsonReader.h)
    std::vector<WholeCase> wholeCases; // version 2, in file order (codecs/WholeCaseLayout.h)
    CaseFileProblems problems;         // empty when every case can be imported

    // The cases' references, in file order, whichever version.
    QStringList references() const;

    bool ok() const { return problems.empty(); }
};

// Reads a whole case file (docs/case-format.md): JSON syntax (with line and column), the
// format name and version, every case's fields, the rules between them, and references that
// repeat within the file. Writes nothing anywhere. Whether a reference is already in a store
// is CaseImport's question.
CaseFileContents readCaseFile(const QByteArray& bytes);

} // namespace alongside::core
