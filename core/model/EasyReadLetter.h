#pragma once

#include "model/PractitionerContact.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace alongside::core {

// The easy-read outcome letter as plain data: what the practitioner reviews and edits, what
// is saved, and what the PDF, print and HTML renderers draw. The shape follows the suggested
// easy-read letter (docs/letters.md; DH easy-read guidelines; Mencap "Am I making
// myself clear?"): sections of heading + blocks, each block one picture on the left and a few
// short sentences on the right.

// The sections, in the order they are printed. The storage code is stable (JSON, never
// translated); headings are plain words and may be edited.
enum class LetterSectionKind {
    WhoWeAre,
    WhatYouWanted, // the person's own words, quoted
    WhatWeDid,
    WhatHappened, // one block per wish: it happened / it partly happened / it did not happen
    HowSafe,
    WhatNext,
    WhoToContact // name, phone, picture; the advocate if any
};
QString storageCode(LetterSectionKind kind);
std::optional<LetterSectionKind> letterSectionKindFromCode(const QString& code);

// One sentence the person will read. The practitioner ticks each one as reviewed; a letter is
// approved only when every sentence is. Editing the text clears its tick (see setText).
struct LetterSentence {
    QString text;
    bool ownWords = false; // the person's own words: printed in quotation marks, never "corrected"
    bool reviewed = false;
    // Set when the sentence was copied from text written for colleagues (a plan action, a
    // reason, "what happens next") because the record has no wording for the letter yet. Such
    // text talks about the reader, uses initials and shorthand ("NFA", "Tom sorted it"), so the
    // letter cannot be approved until it has been rewritten for the person (isWorkerText).
    QString copiedFrom{};
    // The record this sentence tells, when it is not a template: "action:12", "achievement:5"
    // (the outcome's id), "outcome:5", "closure:3" (the case's id). Rewritten sentences are
    // kept with that record as its letter wording, so the next letter starts from them.
    QString fromRecord{};
    // A first draft of the sentence written for the person (from the colleagues' words), for
    // the practitioner to take or change. Empty when there is none.
    QString suggestion{};

    // Still the colleagues' words: copied from the record and not rewritten since.
    bool isWorkerText() const;

    void setText(const QString& newText)
    {
        if (newText != text)
            reviewed = false;
        text = newText;
    }
};

// One idea: one picture, then the words. `pictogram` is a pictogram id ("tick", "telephone",
// "practitioner-photo"…; see core/documents/Pictograms.h); empty means no picture.
struct LetterBlock {
    QString pictogram;
    std::vector<LetterSentence> sentences;
};

struct LetterSection {
    LetterSectionKind kind = LetterSectionKind::WhoWeAre;
    QString heading;
    std::vector<LetterBlock> blocks;
};

enum class PaperTint { White, PaleYellow };

struct EasyReadLetter {
    qint64 caseId = 0;
    QString caseReference;
    QString recipientName; // "Doris": the name they like to be called
    // Every name the reader goes by (given, preferred, family), so the plain-language check
    // can find text that talks about them rather than to them.
    QStringList readerNames;
    QDate date;                                 // printed written out: "Tuesday 3 March 2026"
    QString language = QStringLiteral("en-GB"); // BCP 47, for the HTML lang attribute
    bool largePrint = false;                    // 20 pt body instead of 16 pt
    PaperTint tint = PaperTint::White;
    QByteArray practitionerPicture; // drawn for the "practitioner-photo" pictogram when present
    // The named worker and phone number printed under "Who to contact" (empty when the
    // practitioner had not saved them when the letter was drafted).
    QString contactName;
    QString contactPhone;
    // Other people the letter names (the advocate), besides the reader and the practitioner.
    QStringList peopleNamed;
    std::vector<LetterSection> sections; // in LetterSectionKind order

    LetterSection* section(LetterSectionKind kind);
    const LetterSection* section(LetterSectionKind kind) const;
    int sentenceCount() const;
    int reviewedSentenceCount() const;
    bool everySentenceReviewed() const; // false for a letter with no sentences
    void markEverySentenceReviewed(bool reviewed);
    // Sentences still in the words written for colleagues (LetterSentence::isWorkerText).
    std::vector<const LetterSentence*> workerTextSentences() const;
};

} // namespace alongside::core
