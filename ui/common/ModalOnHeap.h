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
std::optional<bool> acceptedModal(QDialog* dialog);

} // namespace alongside::ui
