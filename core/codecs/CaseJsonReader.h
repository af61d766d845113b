#pragma once

#include "codecs/CaseFileProblem.h"

#include "model/CaseRecord.h"

#include <QJsonObject>
#include <QString>

namespace alongside::core {

// One case object of a case file (docs/case-format.md) → a CaseRecord, checking each field's
// presence, type, date, answer code and SAC label. Problems are added with their paths under
// `path` (e.g. `$.cases[0]`); the record is only meaningful when none were added.
//
// The file refers to outcomes and notes by position; the record carries those links as
// record-local ids (position + 1) in DesiredOutcome::id, CaseNote::id, PlanAction::outcomeId
// and CaseNote::addendumTo, which CaseRepository::createCase turns into store ids.
// Cross-field rules are CaseConsistency's.
CaseRecord readCaseJson(const QJsonObject& object, const QString& path, CaseFileProblems* problems);

// Record-local id ↔ position, shared by the reader, the consistency rules and the writer.
constexpr qint64 localIdForPosition(qint64 position)
{
    return position + 1;
}
constexpr qint64 positionForLocalId(qint64 id)
{
    return id - 1;
}

} // namespace alongside::core
