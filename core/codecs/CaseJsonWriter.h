#pragma once

#include "model/CaseRecord.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace alongside::core {

// CaseRecord → the case file format (docs/case-format.md). Every field is written, empty or
// not (text as "", absent dates and objects as null), so a file shows everything a case can
// hold. Store ids are left out: outcomes and notes are referred to by their position in the
// case, so the file means the same in any store.
QJsonObject caseToJson(const CaseRecord& record);

// The whole file: format, version and the cases, in the order given.
QJsonObject caseFileToJson(const std::vector<CaseRecord>& records);

// Deterministic text: the same cases give the same bytes (keys in alphabetical order, four
// spaces of indentation, UTF-8, a final newline).
QByteArray caseFileText(const std::vector<CaseRecord>& records);

} // namespace alongside::core
