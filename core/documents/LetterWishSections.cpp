#include "documents/LetterBuilderParts.h"

#include "documents/LetterText.h"
#include "documents/LetterWordingDraft.h"

#include <algorithm>

namespace alongside::core::letterparts {

// The voice follows who put each wish into words (docs/letters.md, "Every sentence true to the record"):
// quotation marks only ever surround the person's own words. An advocate's or a best-interests
// wording is told as what it is ("Your advocate, Sam, helped us understand…", "We thought about
// what is best for you"), never as "You told us".

namespace {

bool allInTheirOwnWords(const CaseRecord& record)
{
    for (const DesiredOutcome& outcome : record.outcomes) {
        if (outcome.voice != OutcomeVoice::Person)
            return false;
    }
    return true;
}

bool anyBestInterests(const CaseRecord& record)
{
    for (const DesiredOutcome& outcome : record.outcomes) {
        if (outcome.voice == OutcomeVoice::BestInterests)
            return true;
    }
    return false;
}

QString wantedHeading(const CaseRecord& record)
{
    if (!record.outcomes.empty() && allInTheirOwnWords(record))
        return LetterText::tr("What you told us you wanted");
    if (anyBestInterests(record))
        return LetterText::tr("What we worked on");
    return LetterText::tr("What you wanted");
}

// The wish as the letter states it: the person's words quoted, or the wording written for the
// letter (the advocate's or best-interests wording is never quoted).
std::vector<LetterSentence> wishWords(const Facts& facts, const DesiredOutcome& outcome)
{
    const OutcomeRevision* wording = outcome.current();
    if (!wording)
        return {};
    if (outcome.voice == OutcomeVoice::Person)
        return {ownWords(wording->wording)};
    const QString draft = draftWishForLetter(outcome, facts.reader);
    return recordText(outcome.letterWording, wording->wording, recordKey("outcome", outcome.id),
                      [draft](const QString&) { return draft; });
}

LetterBlock wantedBlock(Facts& facts, const DesiredOutcome& outcome)
{
    LetterBlock block{QStringLiteral("wish"), {}};
    switch (outcome.voice) {
    case OutcomeVoice::Person:
        block.sentences.push_back(said(LetterText::tr("You told us you wanted:")));
        break;
    case OutcomeVoice::Advocate:
        block.pictogram = QStringLiteral("advocate");
        block.sentences.push_back(
            said(LetterText::tr("%1 helped us understand what you want.").arg(facts.yourAdvocate())));
        for (LetterSentence& explained : facts.explainAdvocateOnce())
            block.sentences.push_back(explained);
        break;
    case OutcomeVoice::BestInterests:
        block.pictogram = QStringLiteral("meeting");
        block.sentences.push_back(said(LetterText::tr("We thought about what is best for you.")));
        break;
    }
    for (LetterSentence& words : wishWords(facts, outcome))
        block.sentences.push_back(words);
    return block;
}

LetterBlock happenedBlock(const Facts& facts, const DesiredOutcome& outcome)
{
    LetterBlock block;
    if (outcome.voice == OutcomeVoice::Person && outcome.current())
        block.sentences.push_back(said(LetterText::tr("You wanted:")));
    for (LetterSentence& words : wishWords(facts, outcome))
        block.sentences.push_back(words);
    if (!outcome.achievement) {
        block.pictogram = QStringLiteral("calendar");
        // A closed case is never "still being worked on": say what the record says.
        block.sentences.push_back(said(facts.closed ? LetterText::tr("We did not ask you if this happened.")
                                                    : LetterText::tr("We are still working on this.")));
        return block;
    }
    switch (outcome.achievement->achieved) {
    case Achievement::Fully:
        block.pictogram = QStringLiteral("tick");
        block.sentences.push_back(said(LetterText::tr("This happened.")));
        break;
    case Achievement::Partly:
        block.pictogram = QStringLiteral("part-tick");
        block.sentences.push_back(said(LetterText::tr("This partly happened.")));
        break;
    case Achievement::Not:
        block.pictogram = QStringLiteral("cross");
        block.sentences.push_back(said(LetterText::tr("This did not happen.")));
        break;
    }
    for (LetterSentence& reason : recordText(outcome.achievement->letterWhy, outcome.achievement->why,
                                             recordKey("achievement", outcome.id), spokenTo(facts)))
        block.sentences.push_back(reason);
    return block;
}

} // namespace

LetterSection whatYouWanted(Facts& facts)
{
    LetterSection part{LetterSectionKind::WhatYouWanted, wantedHeading(facts.record), {}};
    if (facts.record.outcomes.empty()) {
        const QString truth = facts.spokenWith ? LetterText::tr("We did not write down what you wanted.")
            : facts.closed                     ? LetterText::tr("We did not ask you what you wanted.")
                                               : LetterText::tr("We have not asked you what you want yet.");
        part.blocks.push_back({QStringLiteral("wish"), {said(truth)}});
        return part;
    }
    for (const DesiredOutcome& outcome : facts.record.outcomes) {
        if (outcome.current())
            part.blocks.push_back(wantedBlock(facts, outcome));
    }
    return part;
}

LetterSection whatHappened(Facts& facts)
{
    LetterSection part{LetterSectionKind::WhatHappened, LetterText::tr("What happened"), {}};
    const bool anyAnswer = std::any_of(
        facts.record.outcomes.begin(), facts.record.outcomes.end(),
        [](const DesiredOutcome& outcome) { return outcome.achievement.has_value(); });
    // Work still going on with nothing to report yet: one true sentence, not every wish again.
    if (!facts.closed && !anyAnswer && !facts.record.outcomes.empty()) {
        part.blocks.push_back(
            {QStringLiteral("calendar"), {said(LetterText::tr("We are still working on what you wanted."))}});
        return part;
    }
    for (const DesiredOutcome& outcome : facts.record.outcomes)
        part.blocks.push_back(happenedBlock(facts, outcome));
    // With nothing recorded to report on, an open case says the work goes on; a closed one
    // says nothing here rather than invent an ending ("What happens next" says it closed).
    if (part.blocks.empty() && !facts.closed)
        part.blocks.push_back(
            {QStringLiteral("calendar"), {said(LetterText::tr("We are still working with you."))}});
    return part;
}

} // namespace alongside::core::letterparts
