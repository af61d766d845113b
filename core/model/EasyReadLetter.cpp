#include "model/EasyReadLetter.h"

#include "model/CodeTable.h"

namespace alongside::core {

namespace {

constexpr CodeTable<LetterSectionKind, 7> kSectionKinds{
    {{LetterSectionKind::WhoWeAre, "who-we-are"},
     {LetterSectionKind::WhatYouWanted, "what-you-wanted"},
     {LetterSectionKind::WhatWeDid, "what-we-did"},
     {LetterSectionKind::WhatHappened, "what-happened"},
     {LetterSectionKind::HowSafe, "how-safe"},
     {LetterSectionKind::WhatNext, "what-next"},
     {LetterSectionKind::WhoToContact, "who-to-contact"}}};

// Letters and digits only, lower case: a changed capital or full stop is not a rewrite.
QString wordsOnly(const QString& text)
{
    QString words;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            words.append(c.toLower());
    }
    return words;
}

} // namespace

bool LetterSentence::isWorkerText() const
{
    return !copiedFrom.isEmpty() && wordsOnly(text) == wordsOnly(copiedFrom);
}

QString storageCode(LetterSectionKind kind)
{
    return codeOf(kSectionKinds, kind);
}

std::optional<LetterSectionKind> letterSectionKindFromCode(const QString& code)
{
    return valueOf(kSectionKinds, code);
}

LetterSection* EasyReadLetter::section(LetterSectionKind kind)
{
    for (LetterSection& candidate : sections) {
        if (candidate.kind == kind)
            return &candidate;
    }
    return nullptr;
}

const LetterSection* EasyReadLetter::section(LetterSectionKind kind) const
{
    return const_cast<EasyReadLetter*>(this)->section(kind);
}

int EasyReadLetter::sentenceCount() const
{
    int count = 0;
    for (const LetterSection& part : sections) {
        for (const LetterBlock& block : part.blocks)
            count += static_cast<int>(block.sentences.size());
    }
    return count;
}

int EasyReadLetter::reviewedSentenceCount() const
{
    int count = 0;
    for (const LetterSection& part : sections) {
        for (const LetterBlock& block : part.blocks) {
            for (const LetterSentence& sentence : block.sentences)
                count += sentence.reviewed ? 1 : 0;
        }
    }
    return count;
}

bool EasyReadLetter::everySentenceReviewed() const
{
    const int total = sentenceCount();
    return total > 0 && reviewedSentenceCount() == total;
}

std::vector<const LetterSentence*> EasyReadLetter::workerTextSentences() const
{
    std::vector<const LetterSentence*> found;
    for (const LetterSection& part : sections) {
        for (const LetterBlock& block : part.blocks) {
            for (const LetterSentence& sentence : block.sentences) {
                if (sentence.isWorkerText())
                    found.push_back(&sentence);
            }
        }
    }
    return found;
}

void EasyReadLetter::markEverySentenceReviewed(bool reviewed)
{
    for (LetterSection& part : sections) {
        for (LetterBlock& block : part.blocks) {
            for (LetterSentence& sentence : block.sentences)
                sentence.reviewed = reviewed;
        }
    }
}

} // namespace alongside::core
