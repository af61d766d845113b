#pragma once

#include "codecs/CaseFileProblem.h"

#include "model/CaseRecord.h"

#include <QByteArray>

#include <vector>

namespace alongside::core {

struct CaseFileContents {
    std::vector<CaseRecord> cases; // in file order; links as record-local ids (CaseJsonReader.h)
    CaseFileProblems problems;     // empty when every case can be imported

    bool ok() const { return problems.empty(); }
};

// Reads a whole case file (docs/case-format.md): JSON syntax (with line and column), the
// format name and version, every case's fields, the rules between them, and references that
// repeat within the file. Writes nothing anywhere. Whether a reference is already in a store
// is CaseImport's question.
CaseFileContents readCaseFile(const QByteArray& bytes);

} // namespace alongside::core
