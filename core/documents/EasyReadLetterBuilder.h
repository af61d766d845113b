#pragma once

#include "model/AdvocateReferral.h"
#include "model/CaseRecord.h"
#include "model/EasyReadLetter.h"

#include <QDate>

#include <optional>

namespace alongside::core {

// What the first draft of a letter is built from. The advocate comes from the advocacy
// records (step 4's advocate_referral) where the caller has them; without one, the contact
// section names only the practitioner.
struct LetterSources {
    PractitionerContact practitioner;
    std::optional<AdvocateReferral> advocate;
    QDate date; // the letter's date ("now" is a parameter, never read from the clock here)
};

// Builds the first draft of the easy-read letter from the case: the person's own words for
// each thing they wanted, what happened to each (with the practitioner's reason), how safe
// they feel, what happens next and who to contact. Every sentence starts unreviewed: the
// practitioner reads and edits each one before anything is printed or sent.
// Template sentences go through LetterText::tr (documents/LetterText.h) so a Welsh
// letter can follow; the sections and blocks do not change by language.
EasyReadLetter buildEasyReadLetter(const CaseRecord& record, const LetterSources& sources);

// A date written out the easy-read way: "Tuesday 3 March 2026" (in the letter's language).
QString easyReadDate(const QDate& date, const QString& language = QStringLiteral("en-GB"));

} // namespace alongside::core
