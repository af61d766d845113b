#pragma once

#include <QDateTime>
#include <QString>

namespace alongside::core {

// A practitioner's note on the case. A note can be corrected on the day it was written;
// after that, corrections are addenda that point at it (record integrity: nothing is
// silently rewritten). A saved conversation is put right the same way: its addenda are notes
// that point at the conversation (aboutConversation) and are shown with it.
struct CaseNote {
    qint64 id = 0;
    QDateTime writtenAt;
    QString author;
    QString body;
    qint64 addendumTo = 0;      // 0 for an original note
    qint64 aboutConversation{}; // 0, or the saved conversation this addendum adds to
};

} // namespace alongside::core
