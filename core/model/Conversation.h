#pragma once

#include "model/Answers.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace alongside::core {

// A conversation or visit with the person. Their own words are kept as quotes, separate from
// the practitioner's notes, so they can be quoted back to them (in the easy-read letter) and
// to the Safeguarding Adults Board unaltered.
struct Conversation {
    qint64 id = 0;
    QDateTime heldAt;
    QString place;
    QStringList present; // who else was there (roles or names)
    bool seenAlone = false;
    QString notAloneReason;            // why not, when not
    QDate aloneConversationPlannedFor; // when it will happen, when not
    std::vector<Participation> tookPartHow;
    QString notes;            // the practitioner's account
    QStringList personsWords; // verbatim quotes, in order
    QString author;
    QDateTime writtenAt;
};

} // namespace alongside::core
