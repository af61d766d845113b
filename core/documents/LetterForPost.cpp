#include "documents/LetterForPost.h"

#include "documents/LetterText.h"
#include "documents/Pictograms.h"

namespace alongside::core {

namespace {

LetterSentence fixed(const QString& text)
{
    // Fixed words, the same for everyone, derived from a letter already read and approved.
    return {text, false, true};
}

} // namespace

EasyReadLetter letterFitToPost(const EasyReadLetter& letter)
{
    EasyReadLetter posted = letter;
    posted.sections.clear();
    LetterSection who{LetterSectionKind::WhoWeAre, LetterText::tr("Who we are"), {}};
    who.blocks.push_back({QStringLiteral("letter"),
                          {fixed(LetterText::tr("%1, this letter is for you.").arg(letter.recipientName)),
                           fixed(LetterText::tr("I would like to talk with you."))}});
    if (!letter.contactName.isEmpty())
        who.blocks.push_back({QString::fromLatin1(pictogram::PractitionerPhoto),
                              {fixed(LetterText::tr("My name is %1.").arg(letter.contactName))}});
    posted.sections.push_back(who);
    LetterSection next{LetterSectionKind::WhatNext, LetterText::tr("What happens next"), {}};
    next.blocks.push_back(
        {QStringLiteral("telephone"),
         {fixed(LetterText::tr("Please call me.")), fixed(LetterText::tr("We can choose a time to meet."))}});
    posted.sections.push_back(next);
    if (const LetterSection* contact = letter.section(LetterSectionKind::WhoToContact))
        posted.sections.push_back(*contact);
    return posted;
}

} // namespace alongside::core
