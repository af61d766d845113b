#pragma once

#include <QDate>
#include <QString>

namespace alongside::core {

// One reflective supervision: a team leader sitting with a practitioner, on a day, talking
// through some of the practitioner's cases. Each case talked about gets a ReflectiveNote.
struct SupervisionSession {
    qint64 id = 0;
    QDate heldOn;
    QString practitioner; // whose cases were talked about
    QString teamLeader;   // who supervised
};

} // namespace alongside::core
