#pragma once

#include <QDialog>

#include <optional>

namespace alongside::ui {

// Runs a modal dialog that was created on the heap with a parent inside the workspace.
//
// Locking the window (idle, screen lock, Ctrl+L) deletes the workspace — and with it the
// dialog's parent — while exec() is still running. A dialog on the stack would then be
// destroyed twice and bring the app down. Returns nothing when the dialog went away with its
// parent: the caller must return at once without touching its own members, which are gone too.
// Otherwise deletes the dialog and says whether it was accepted.
//
// What is typed into the dialog is kept as a draft (common/FormDraft.h) through a lock, a
// crash or Cancel, and comes back the next time the same dialog is opened for the same case
// and record; once it is accepted (saved), the draft goes. The dialog is known by its object
// name; its case and part are those of the part of the case it was opened from, unless given
// with keepDraftAs().
std::optional<bool> acceptedModal(QDialog* dialog);

// For a dialog opened from outside the case it is about (the supervision view), or about one
// record of several: where its draft belongs.
void keepDraftAs(QDialog* dialog, qint64 caseId, const QString& part, qint64 recordId = 0);

} // namespace alongside::ui
