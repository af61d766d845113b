#pragma once

#include "model/AdvocacySituation.h"
#include "model/AdvocateReferral.h"
#include "model/BestInterestsDecision.h"
#include "model/CapacityAssessment.h"
#include "model/ImcaSituation.h"
#include "model/WishesSituation.h"

#include <QByteArray>
#include <QJsonObject>

namespace alongside::core {

// The model types written as check input (docs/checks.md), exactly as CheckInputReader.h
// reads them back: the store keeps capacity, best-interests, advocacy and wishes records in
// this form, so `alongside-cli check` can be run on what a case holds. An empty text, an
// invalid date and a "not known" answer are left out (the reader takes absence as the same).
QJsonObject advocacyToJson(const AdvocacySituation& situation);
QJsonObject imcaToJson(const ImcaSituation& situation);
QJsonObject capacityToJson(const CapacityAssessment& record);
QJsonObject bestInterestsToJson(const BestInterestsDecision& record);
QJsonObject wishesToJson(const WishesSituation& situation);
QJsonObject referralToJson(const AdvocateReferral& referral);

// Compact UTF-8 JSON text of one object.
QByteArray checkInputText(const QJsonObject& object);

} // namespace alongside::core
