#pragma once

#include <QByteArray>
#include <QString>

namespace alongside::core {

// Who is writing: the practitioner who uses this store. Kept once per store, inside it, and
// read by everything that says who did something — the record's history, a sign-off, a
// reflective note, the "who to contact" part of an easy-read letter. (Team work will bind this
// identity to the store's signing key, which is why it lives in the store and not in the
// app's settings.)
struct PractitionerContact {
    QString name;
    QString role;       // "Social worker"
    QString team;       // "Adult Safeguarding Team, Example Borough Council"
    QString phone;      // a work number, as it should be printed: "01234 567890"
    QByteArray picture; // optional photo or drawing (PNG, JPEG or SVG bytes)
    QString email{};    // a work address ({}: a brace list that stops before it still compiles)
    bool isEmpty() const { return name.isEmpty() && phone.isEmpty(); }
    // What a letter needs: a named person and a number to ring (easy-read: "a named worker and
    // a phone number to contact").
    bool isEnoughForALetter() const { return !name.trimmed().isEmpty() && !phone.trimmed().isEmpty(); }
};

} // namespace alongside::core
