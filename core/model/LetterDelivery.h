#pragma once

#include "model/Answers.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace alongside::core {

// How the letter will reach the person, and whether it is safe to send that way: the letter may
// name the person who harmed them and be posted to a home they share, or be read by someone
// there (docs/letters.md: "ask whether the letter is safe to send to where they
// live"). Asked before approval; recorded with the letter and in its history.
enum class LetterRoute {
    PostToTheirHome,
    PostToAnotherAddress, // a safe address they chose (a relative's, a day centre's)
    GiveInPerson,
};
QString storageCode(LetterRoute route);
std::optional<LetterRoute> letterRouteFromCode(const QString& code);

struct LetterDelivery {
    LetterRoute route = LetterRoute::GiveInPerson;
    // Does anyone named in the letter, or the person who may have caused the harm, live where it
    // is sent, or may they read it there? (Not asked when it is given in person.)
    YesNoUnknown othersMayRead = YesNoUnknown::NotKnown;
    QString note; // which address, who else lives there: whatever the practitioner needs to add
    QDateTime answeredAt;
    QString answeredBy;

    bool byPost() const { return route != LetterRoute::GiveInPerson; }
    // Posted where someone else named in it, or the source of risk, may read it: only a short
    // letter that says nothing of the harm may go (see letterFitToPost).
    bool postedWhereOthersRead() const { return byPost() && othersMayRead == YesNoUnknown::Yes; }
};

} // namespace alongside::core
