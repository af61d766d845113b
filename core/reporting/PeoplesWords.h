#pragma once

#include <QDate>
#include <QString>

namespace alongside::core {

// What a person said they wanted, in their own words, for the Board to hear: one row per
// desired outcome put into words by the person themselves, on a concluded s.42 enquiry of the
// period. Anonymised to initials ("D. M."); the words are as recorded (the current wording).
struct PeoplesWords {
    qint64 caseId = 0;
    QString initials;
    QString words;       // the outcome's current wording, in the person's voice
    QString achievement; // SG4a label ("Fully Achieved"…), empty when not recorded
    QDate closedOn;
};

} // namespace alongside::core
