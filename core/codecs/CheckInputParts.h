#pragma once

// The object readers behind CheckInputReader.h, one per model type, so a larger input (the
// one-advocate check) can reuse them. Internal to core/exchange.

#include "codecs/CheckFields.h"
#include "codecs/CheckInputReader.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace alongside::core::checkinput {

// The whole document as an object, or a problem at `$` (syntax with line and column, or not an object).
std::optional<QJsonObject> topObject(const QByteArray& bytes, JsonOrigin origin, CaseFileProblems* problems);

AdvocacySituation readAdvocacy(CheckFields& fields);
ImcaSituation readImca(CheckFields& fields);
std::vector<AdvocateReferral> readReferrals(CheckFields& fields, const QString& key);
CapacityAssessment readCapacity(CheckFields& fields);
BestInterestsDecision readBestInterests(CheckFields& fields);
WishesSituation readWishes(CheckFields& fields);

} // namespace alongside::core::checkinput
