#include "documents/LetterBuilderParts.h"

#include "documents/LetterText.h"
#include "documents/LetterWordingDraft.h"

#include <algorithm>

namespace alongside::core::letterparts {

// What we did, how safe they feel and what happens next: each sentence says only what the
// record shows (docs/letters.md, "Every sentence true to the record"): no "we talked" where nobody spoke with
// them, the date of every conversation (people with dementia rely on dates), and no promise of
// more work on a closed case.

namespace {

// At most this many conversations are listed one by one; more would crowd out the rest.
constexpr std::size_t kConversationsListed = 4;

bool onThePhone(const Conversation& conversation)
{
    return std::find(conversation.tookPartHow.begin(), conversation.tookPartHow.end(), Participation::ByPhone)
        != conversation.tookPartHow.end();
}

bool withTheirAdvocate(const Conversation& conversation)
{
    return std::find(conversation.tookPartHow.begin(), conversation.tookPartHow.end(),
                     Participation::WithAdvocate)
        != conversation.tookPartHow.end();
}

LetterBlock talksBlock(Facts& facts)
{
    LetterBlock block{QStringLiteral("talking"), {}};
    const std::vector<Conversation>& talks = facts.talks;
    if (talks.empty()) {
        block.sentences.push_back(said(facts.closed ? LetterText::tr("We did not talk with you.")
                                                    : LetterText::tr("We have not talked with you yet.")));
        return block;
    }
    if (talks.size() <= kConversationsListed) {
        for (const Conversation& talk : talks) {
            const QString day = easyReadDate(talk.heldAt.date());
            block.sentences.push_back(
                said(onThePhone(talk) ? LetterText::tr("We talked with you on the phone on %1.").arg(day)
                                      : LetterText::tr("We talked with you on %1.").arg(day)));
        }
    } else {
        block.sentences.push_back(
            said(LetterText::tr("We talked with you %1 times.").arg(static_cast<int>(talks.size()))));
        block.sentences.push_back(
            said(LetterText::tr("The first time was %1.").arg(easyReadDate(talks.front().heldAt.date()))));
        block.sentences.push_back(
            said(LetterText::tr("The last time was %1.").arg(easyReadDate(talks.back().heldAt.date()))));
    }
    const auto alone = std::count_if(talks.begin(), talks.end(),
                                     [](const Conversation& talk) { return talk.seenAlone; });
    if (alone == static_cast<std::ptrdiff_t>(talks.size()))
        block.sentences.push_back(said(LetterText::tr("We talked with you on your own.")));
    else if (alone > 0)
        block.sentences.push_back(said(LetterText::tr("Some of the time, we talked with you on your own.")));
    if (std::any_of(talks.begin(), talks.end(), withTheirAdvocate)) {
        block.sentences.push_back(
            said(LetterText::tr("%1 was there to help you.").arg(facts.yourAdvocate())));
        for (LetterSentence& explained : facts.explainAdvocateOnce())
            block.sentences.push_back(explained);
    }
    return block;
}

std::vector<LetterSentence> actionText(const Facts& facts, const PlanAction& action)
{
    const QString draft = draftActionForLetter(action, facts.reader, facts.sources.practitioner.name);
    return recordText(action.letterWording, actionAsWritten(action), recordKey("action", action.id),
                      [draft](const QString&) { return draft; });
}

} // namespace

LetterSection whatWeDid(Facts& facts)
{
    LetterSection part{LetterSectionKind::WhatWeDid,
                       facts.spokenWith ? LetterText::tr("What we did together")
                                        : LetterText::tr("What we did"),
                       {talksBlock(facts)}};
    for (const PlanAction& action : facts.record.actions) {
        if (action.doneOn.isNull())
            continue;
        LetterBlock block{pictogramFor(action), actionText(facts, action)};
        block.sentences.push_back(
            said(LetterText::tr("This happened on %1.").arg(easyReadDate(action.doneOn))));
        part.blocks.push_back(block);
    }
    return part;
}

LetterSection howSafe(Facts& facts)
{
    LetterSection part{LetterSectionKind::HowSafe, LetterText::tr("How safe you feel now"), {}};
    const FeelsSafer feels = facts.closed ? facts.record.closure->feelsSafer : FeelsSafer::NotAsked;
    switch (feels) {
    case FeelsSafer::Yes:
        part.blocks.push_back(
            {QStringLiteral("feel-safe"), {said(LetterText::tr("You told us you feel safer now."))}});
        break;
    case FeelsSafer::Partly:
        part.blocks.push_back({QStringLiteral("feel-partly-safe"),
                               {said(LetterText::tr("You told us you feel a bit safer now."))}});
        break;
    case FeelsSafer::No:
        part.blocks.push_back({QStringLiteral("feel-unsafe"),
                               {said(LetterText::tr("You told us you do not feel safer.")),
                                said(LetterText::tr("We are sorry that things are still hard.")),
                                said(LetterText::tr("Please call me if you need help."))}});
        break;
    case FeelsSafer::NotAsked:
        part.blocks.push_back({QStringLiteral("safe"),
                               {said(facts.closed ? LetterText::tr("We did not ask you how safe you feel.")
                                                  : LetterText::tr("We will ask you how safe you feel."))}});
        break;
    }
    return part;
}

LetterSection whatNext(Facts& facts)
{
    LetterSection part{LetterSectionKind::WhatNext, LetterText::tr("What happens next"), {}};
    for (const PlanAction& action : facts.record.actions) {
        // Still to come only while open: one no longer needed is not promised (nor told as done).
        if (!action.isOpen())
            continue;
        LetterBlock block{QStringLiteral("calendar"), actionText(facts, action)};
        // A day already gone by when the letter is written is not promised again as if to come.
        const bool overdue = facts.sources.date.isValid() && action.dueOn < facts.sources.date;
        if (action.dueOn.isValid())
            block.sentences.push_back(said(
                (overdue ? LetterText::tr("This was due by %1.") : LetterText::tr("This will happen by %1."))
                    .arg(easyReadDate(action.dueOn))));
        part.blocks.push_back(block);
    }
    if (facts.closed) {
        const Closure& closure = *facts.record.closure;
        LetterBlock block{QStringLiteral("next"),
                          recordText(closure.letterNext, closure.whatHappensNext,
                                     recordKey("closure", facts.record.id), spokenTo(facts))};
        block.sentences.push_back(said(LetterText::tr("We have finished our work with you for now.")));
        part.blocks.push_back(block);
    } else if (part.blocks.empty()) {
        part.blocks.push_back(
            {QStringLiteral("next"), {said(LetterText::tr("We will keep working with you."))}});
    }
    return part;
}

} // namespace alongside::core::letterparts
