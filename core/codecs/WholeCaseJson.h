#pragma once

#include "codecs/CaseFileProblem.h"
#include "codecs/WholeCaseLayout.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace alongside::core {

// Case format version 2 (docs/case-format.md): a whole case, every record with its uid.
// Every member of every record is written (null where the store holds nothing), so reading a
// file and writing it again gives the same bytes.
QJsonObject wholeCaseToJson(const WholeCase& wholeCase);
// The whole file, deterministic as version 1: keys in alphabetical order, four spaces, UTF-8,
// a final newline.
QByteArray wholeCaseFileText(const std::vector<WholeCase>& cases);

// One case object of a version 2 file at `path` ("$.cases[0]"): every problem found is added
// with its path; the result is only to be written when none was. Checks each record's members
// (types, real dates, required members, uids) and that every link and parent names a record of
// the right kind in this case, a link within a kind an earlier one.
WholeCase readWholeCaseJson(const QJsonObject& json, const QString& path, CaseFileProblems* problems);

} // namespace alongside::core
