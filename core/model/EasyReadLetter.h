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
// easy-read letter (shared/domain/easy-read.md; DH easy-read guidelines; Mencap "Am I making
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
    QString recipientName;                      // "Doris": the name they like to be called
    QDate date;                                 // printed written out: "Tuesday 3 March 2026"
    QString language = QStringLiteral("en-GB"); // BCP 47, for the HTML lang attribute
    bool largePrint = false;                    // 20 pt body instead of 16 pt
    PaperTint tint = PaperTint::White;
    QByteArray practitionerPicture;      // drawn for the "practitioner-photo" pictogram when present
    std::vector<LetterSection> sections; // in LetterSectionKind order

    LetterSection* section(LetterSectionKind kind);
    const LetterSection* section(LetterSectionKind kind) const;
    int sentenceCount() const;
    int reviewedSentenceCount() const;
    bool everySentenceReviewed() const; // false for a letter with no sentences
    void markEverySentenceReviewed(bool reviewed);
};

} // namespace alongside::core
