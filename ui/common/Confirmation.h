#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace alongside::ui {

// What to ask before an action that cannot be taken back (closing a case, a manager's
// sign-off): a plain question, what is still open or what will follow, and the two answers in
// words ("Close the case" / "Not yet"), never a bare OK. The safe answer is the default, so
// Enter or Escape never finishes anything by accident.
struct Confirmation {
    QString title;         // the window title: "Close Doris Jones's case?"
    QString question;      // the first line, a question
    QStringList stillOpen; // each thing still open, one line each; may be empty
    QString afterList;     // what to weigh, said after the list (optional)
    QString confirmLabel;  // "Close the case"
    QString cancelLabel;   // "Not yet"
};

// Asks, and returns true only if the person chose `confirmLabel`. False too when the window
// locked while the question was open (the dialog went with the workspace): the caller must
// then return at once.
bool confirmed(const Confirmation& confirmation, QWidget* parent);

} // namespace alongside::ui
