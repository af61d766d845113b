#pragma once

#include <QDateTime>
#include <QString>

namespace alongside::core {

// A practitioner's note on the case. A note can be corrected on the day it was written;
// after that, corrections are addenda that point at it (record integrity: nothing is
// silently rewritten).
struct CaseNote {
    qint64 id = 0;
    QDateTime writtenAt;
    QString author;
    QString body;
    qint64 addendumTo = 0; // 0 for an original note
};

} // namespace alongside::core
