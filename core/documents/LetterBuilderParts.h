#pragma once

#include "documents/EasyReadLetterBuilder.h"
#include "rules/PlainLanguageCheck.h"

#include <QString>

#include <functional>

#include <vector>

// Inside the letter builder: the sections, each in its own file, and the kinds of sentence
// they are made of. Not for use outside core/documents.
namespace alongside::core::letterparts {

// What every section needs to know about the case to say only what is true of it.
struct Facts {
    const CaseRecord& record;
    const LetterSources& sources;
    bool closed = false; // the case has a closure: no "still working on this"
    // Conversations with the person themselves, oldest first (one held only through a
    // representative was not with them).
    std::vector<Conversation> talks;
    bool spokenWith = false;        // talks is not empty
    bool advocateExplained = false; // "advocate" is explained where it first appears
    PlainLanguageReader reader;     // every name the person goes by

    Facts(const CaseRecord& caseRecord, const LetterSources& letterSources);
    QString firstName() const;
    // "Your advocate, Jo Sample," or "Your advocate" when no name is recorded.
    QString yourAdvocate() const;
    // The explanation of "advocate", the first time only (empty after that).
    std::vector<LetterSentence> explainAdvocateOnce();
};

// A template sentence: the letter's own words, written for the reader.
LetterSentence said(const QString& text);
// The person's own words: printed in quotation marks, never changed.
LetterSentence ownWords(const QString& text);
// Where a sentence's words are kept: "action:12" (LetterSentence::fromRecord).
QString recordKey(const char* kind, qint64 id);
// What a record says to the reader: the wording written for the letter and kept with the
// record when there is one (one sentence each); otherwise the colleagues' words, copied and
// marked so the letter cannot be approved until each sentence is rewritten
// (LetterSentence::isWorkerText), each with a first draft for the reader from `draft`.
std::vector<LetterSentence> recordText(const QString& letterWording, const QString& workerWording,
                                       const QString& fromRecord,
                                       const std::function<QString(const QString&)>& draft);
// The usual draft: the colleagues' sentence said to the reader ("Tom sorted it himself" →
// "You sorted it yourself").
std::function<QString(const QString&)> spokenTo(const Facts& facts);

// "Fire service: Home fire safety visit." from a plan action, without doubling the full stop.
QString actionAsWritten(const PlanAction& action);
// A picture for a piece of work, from the words written about it.
QString pictogramFor(const PlanAction& action);

LetterSection whoWeAre(Facts& facts);
LetterSection whatYouWanted(Facts& facts);
LetterSection whatWeDid(Facts& facts);
LetterSection whatHappened(Facts& facts);
LetterSection howSafe(Facts& facts);
LetterSection whatNext(Facts& facts);
LetterSection whoToContact(Facts& facts);

} // namespace alongside::core::letterparts
