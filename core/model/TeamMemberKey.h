#pragma once

#include "model/PublicKeys.h"

#include <QDateTime>
#include <QString>

namespace alongside::core {

// A colleague's public keys as this store trusts them: who trusted them, when, and the
// fingerprint they checked with the colleague (read aloud, on a number they already knew).
// A revoked key is kept, marked, so the record shows who could once send to this store; it is
// never trusted again.
struct TeamMemberKey {
    qint64 id = 0;
    PublicKeys keys;
    QString fingerprint; // as checked: eight groups of four digits (keys/KeyFingerprint.h)
    QString trustedBy;
    QDateTime trustedAt;
    QString revokedBy;
    QDateTime revokedAt; // invalid while the key is trusted
    QString revokedReason;

    bool revoked() const { return revokedAt.isValid(); }
};

} // namespace alongside::core
