#pragma once

#include "casefile/CaseAccess.h"

class QWidget;

namespace alongside::ui {

// The supervision dialogs, each saving through SupervisionRepository; the record's refusal
// shows in the dialog, which stays open with nothing typed lost.

// Starts a supervision (day, whose cases, who supervises). The new session's id, or 0.
qint64 startSupervision(QWidget* parent, const CaseAccess& access);

// The reflective note for one case in supervision `sessionId`, opened with what is already
// stored. True once saved.
bool writeReflectiveNote(QWidget* parent, const CaseAccess& access, qint64 sessionId, qint64 caseId,
                         const QString& personName);

// The supervision to write a note in: the latest, if it was held today; otherwise a new one
// started now (0 if that was cancelled).
qint64 todaysSupervision(QWidget* parent, const CaseAccess& access);

// A manager's sign-off of one of the case's risk-enablement or wishes-override decisions.
bool signOffDecision(QWidget* parent, const CaseAccess& access, qint64 caseId);

} // namespace alongside::ui
