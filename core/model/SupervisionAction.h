#pragma once

#include <QDate>
#include <QString>

namespace alongside::core {

// Something agreed in supervision about a case: who will do it, by when. It shows in the
// caseload until it is done, so what was agreed is not lost between sessions.
struct SupervisionAction {
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 noteId = 0; // the reflective note it was agreed in (0 if agreed elsewhere)
    QString what;
    QString owner;
    QDate dueOn;
    QDate doneOn;   // null while outstanding
    QDate agreedOn; // the day of the supervision (read back, not written)

    bool isDone() const { return doneOn.isValid(); }
};

} // namespace alongside::core
