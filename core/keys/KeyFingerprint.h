#pragma once

#include "model/PublicKeys.h"

#include <QString>

namespace alongside::core {

// A store's fingerprint: what two people read to each other over the phone before one trusts
// the other's public keys. Digits only, because digits are said and heard the same way in
// every accent and cannot be mistaken for one another (no O/0, I/1/l, B/D/P/V), and in eight
// groups of four, the size people are used to reading off a bank card:
//
//     4031 8857 0926 5123 0774 1320 9851 2231
//
// It covers the store id and both public keys (docs/bundles.md gives the exact recipe), about
// 106 bits: far beyond what anyone could match by generating keys. The practitioner's name is
// not part of it (names change; the key file's own signature binds the name to the keys).
QString keyFingerprint(const PublicKeys& keys);

// The 32 digits of a fingerprint as someone typed or read it ("4031-8857 0926…"), formatted as
// keyFingerprint() prints it; empty if it is not 32 digits once spaces, dashes and full stops
// are left out.
QString normalisedFingerprint(const QString& typed);

// For screen readers: each digit separately, groups separated by commas ("4 0 3 1, 8 8 5 7, …"),
// so it is read the way a person would read it aloud rather than as "four thousand and thirty-one".
QString spokenFingerprint(const QString& fingerprint);

} // namespace alongside::core
