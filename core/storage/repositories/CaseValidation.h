#pragma once

#include "model/CaseRecord.h"

#include <QDate>
#include <QString>

namespace alongside::core {

// Checks a case record, or one part of it, before anything is written. Each returns an empty
// string when the part is acceptable, else one plain sentence that names the field, so a
// practitioner (or an importer's user) knows what to put right. SAC labels must be exact
// members of model/SacCategories.h; dates must be real; nothing may predate the concern.
QString checkPerson(const Person& person);
QString checkConcern(const Concern& concern);
QString checkSection42(const Section42Decision& decision, const QDate& concernReceivedOn);
QString checkMspAsked(const QString& sacLabel);
// `previousOn`: the day of the wording it revises (null for the first).
QString checkRevision(const OutcomeRevision& revision, const QDate& concernReceivedOn,
                      const QDate& previousOn, const QString& where);
QString checkAchievement(const OutcomeAchievement& achievement, const QDate& concernReceivedOn,
                         const QString& where);
QString checkConversation(const Conversation& conversation, const QString& where);
QString checkAction(const PlanAction& action, const QString& where);
QString checkNoteBody(const QString& body, const QString& where);
QString checkClosure(const Closure& closure, const QDate& concernReceivedOn);

// The whole record, including the references inside it: an action's outcome and an
// addendum's note are the `id`s of outcomes and notes in the same record.
QString checkCaseRecord(const CaseRecord& record);
// The same without the person and the concern themselves: everything else, against the
// record's concern date. Used after a change to one part of a stored case (stored cases from
// before version 3 may lack what a new concern needs, such as a type of risk).
QString checkCaseParts(const CaseRecord& record);

// "Outcome 2", "Note 5": how messages name one of several.
QString nth(const char* what, std::size_t index);

} // namespace alongside::core
