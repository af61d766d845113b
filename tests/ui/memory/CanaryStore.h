#pragma once

#include <QDate>
#include <QString>

namespace alongside::test {

// Writes a store at `path` (cheap key derivation, the usual test passphrase) holding the demo
// caseload with `word` planted in every text a practitioner could see: each person's details,
// the concern, the s.42 reasons, outcomes and the person's own words, conversations, the plan,
// notes, closing, every capacity, best-interests, advocacy, wishes and risk enablement record,
// a supervision, the practitioner's contact details and the quick note. `today` is the demo's.
// Throws std::runtime_error if any of it is refused.
void writeCanaryStore(const QString& path, const QString& word, const QDate& today);

} // namespace alongside::test
