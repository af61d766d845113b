#pragma once

#include "rules/AdvocacyCheck.h"
#include "rules/BestInterestsCheck.h"
#include "rules/CapacityRecordCheck.h"
#include "rules/ImcaCheck.h"
#include "rules/OneAdvocateCheck.h"
#include "rules/WishesCheck.h"

#include <QByteArray>
#include <QJsonObject>

namespace alongside::core {

// A check's result as JSON (docs/checks.md): "check", "decision" (a stable code), "rule",
// "citation", "reasons", "missing", "prompts", "flags" (each a list of {"text", "citation"}) and
// "citations"; the IMCA check adds "triggers", the advocacy check "appropriateIndividual", the
// one-advocate check "careActDecision" and "imcaDecision". Codes are never renamed; new keys
// may be added.
QJsonObject checkResultJson(const AdvocacyResult& result);
QJsonObject checkResultJson(const ImcaResult& result);
QJsonObject checkResultJson(const OneAdvocateResult& result, const AdvocacyResult& careAct,
                            const ImcaResult& imca);
QJsonObject checkResultJson(const CapacityRecordResult& result);
QJsonObject checkResultJson(const BestInterestsResult& result);
QJsonObject checkResultJson(const WishesResult& result);

QString decisionCode(AdvocacyDecision decision);
QString decisionCode(ImcaDuty duty);
QString decisionCode(OneAdvocateDecision decision);
QString decisionCode(RecordStatus status);
QString decisionCode(WishesDecision decision);
QString triggerCode(ImcaTrigger trigger);

// Deterministic text: keys in alphabetical order, four spaces of indentation, UTF-8, a final newline.
QByteArray checkResultText(const QJsonObject& result);

} // namespace alongside::core
