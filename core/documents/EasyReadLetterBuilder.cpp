#include "documents/EasyReadLetterBuilder.h"
#include "documents/LetterText.h"

#include "documents/Pictograms.h"
#include "rules/PlainLanguageCheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace alongside::core {

namespace {

LetterSentence said(const QString& text)
{
    return {text, false, false};
}

LetterSentence ownWords(const QString& text)
{
    return {text.trimmed(), true, false};
}

// The practitioner's free text, one sentence per LetterSentence so each can be reviewed.
std::vector<LetterSentence> sentencesOf(const QString& text)
{
    std::vector<LetterSentence> sentences;
    for (const PlainLanguageSentence& span : plainLanguageSentences(text))
        sentences.push_back(said(text.mid(span.start, span.length)));
    return sentences;
}

QString firstName(const Person& person)
{
    return person.preferredName.isEmpty() ? person.givenName : person.preferredName;
}

// "Who: what." from a plan action, without doubling the full stop the practitioner may have
// typed ("…March.." read as a mistake in a letter the person keeps).
QString actionSentence(const PlanAction& action)
{
    QString what = action.what.trimmed();
    while (what.endsWith(u'.'))
        what.chop(1);
    return LetterText::tr("%1: %2.").arg(action.who.trimmed(), what);
}

// A picture for a piece of work, from the words the practitioner wrote about it.
QString pictogramFor(const PlanAction& action)
{
    const QString words = (action.who + u' ' + action.what).toLower();
    const auto mentions = [&words](std::initializer_list<const char*> keys) {
        for (const char* key : keys) {
            if (words.contains(QLatin1String(key)))
                return true;
        }
        return false;
    };
    if (mentions({"police"}))
        return QStringLiteral("police");
    if (mentions({"doctor", "gp", "nurse", "hospital"}))
        return QStringLiteral("doctor");
    if (mentions({"bank", "money", "card", "benefit"}))
        return QStringLiteral("money");
    if (mentions({"medicine", "tablet", "pharmac"}))
        return QStringLiteral("medicine");
    if (mentions({"advocate"}))
        return QStringLiteral("advocate");
    if (mentions({"daughter", "son", "aunt", "sister", "brother", "family", "wife", "husband"}))
        return QStringLiteral("family");
    if (mentions({"home", "fire", "house", "flat"}))
        return QStringLiteral("home");
    return QStringLiteral("meeting");
}

LetterSection section(LetterSectionKind kind, const QString& heading)
{
    return {kind, heading, {}};
}

LetterSection whoWeAre(const CaseRecord& record, const LetterSources& sources)
{
    LetterSection part = section(LetterSectionKind::WhoWeAre, LetterText::tr("Who we are"));
    part.blocks.push_back({QStringLiteral("letter"),
                           {said(LetterText::tr("This letter is for %1.").arg(firstName(record.person))),
                            said(LetterText::tr("It tells you about the work we did together."))}});
    LetterBlock me{QString::fromLatin1(pictogram::PractitionerPhoto), {}};
    if (!sources.practitioner.name.isEmpty())
        me.sentences.push_back(said(LetterText::tr("My name is %1.").arg(sources.practitioner.name)));
    if (!sources.practitioner.role.isEmpty())
        me.sentences.push_back(
            said(LetterText::tr("My job is %1.").arg(sources.practitioner.role.toLower())));
    if (!sources.practitioner.team.isEmpty())
        me.sentences.push_back(said(LetterText::tr("I work for %1.").arg(sources.practitioner.team)));
    if (!me.sentences.empty())
        part.blocks.push_back(me);
    return part;
}

QString voiceIntro(OutcomeVoice voice)
{
    switch (voice) {
    case OutcomeVoice::Person:
        return LetterText::tr("You told us:");
    case OutcomeVoice::Advocate:
        return LetterText::tr("Your advocate told us you wanted:");
    case OutcomeVoice::BestInterests:
        return LetterText::tr("We agreed this was best for you:");
    }
    return {};
}

LetterSection whatYouWanted(const CaseRecord& record)
{
    LetterSection part = section(LetterSectionKind::WhatYouWanted,
                                 LetterText::tr("What you told us you wanted"));
    if (record.outcomes.empty()) {
        part.blocks.push_back(
            {QStringLiteral("wish"), {said(LetterText::tr("We did not write down what you wanted."))}});
        return part;
    }
    for (const DesiredOutcome& outcome : record.outcomes) {
        if (const OutcomeRevision* wording = outcome.current())
            part.blocks.push_back(
                {QStringLiteral("wish"), {said(voiceIntro(outcome.voice)), ownWords(wording->wording)}});
    }
    return part;
}

LetterSection whatWeDid(const CaseRecord& record)
{
    LetterSection part = section(LetterSectionKind::WhatWeDid, LetterText::tr("What we did together"));
    LetterBlock talks{QStringLiteral("talking"), {}};
    const auto talksCount = static_cast<int>(record.conversations.size());
    if (talksCount == 1)
        talks.sentences.push_back(said(LetterText::tr("We talked with you once.")));
    else if (talksCount > 1)
        talks.sentences.push_back(said(LetterText::tr("We talked with you %1 times.").arg(talksCount)));
    bool alone = false;
    bool withAdvocate = false;
    for (const Conversation& conversation : record.conversations) {
        alone = alone || conversation.seenAlone;
        for (const Participation how : conversation.tookPartHow)
            withAdvocate = withAdvocate || how == Participation::WithAdvocate;
    }
    if (alone)
        talks.sentences.push_back(said(LetterText::tr("We talked with you on your own.")));
    if (withAdvocate) {
        talks.sentences.push_back(said(LetterText::tr("Your advocate was there to help you.")));
        talks.sentences.push_back(said(LetterText::tr("An advocate helps you have your say.")));
    }
    if (!talks.sentences.empty())
        part.blocks.push_back(talks);
    for (const PlanAction& action : record.actions) {
        if (action.doneOn.isNull())
            continue;
        part.blocks.push_back(
            {pictogramFor(action),
             {said(actionSentence(action)),
              said(LetterText::tr("This happened on %1.").arg(easyReadDate(action.doneOn)))}});
    }
    if (part.blocks.empty())
        part.blocks.push_back(
            {QStringLiteral("listening"), {said(LetterText::tr("We listened to what you told us."))}});
    return part;
}

LetterBlock happenedBlock(const DesiredOutcome& outcome)
{
    LetterBlock block;
    if (const OutcomeRevision* wording = outcome.current()) {
        block.sentences.push_back(said(LetterText::tr("You wanted:")));
        block.sentences.push_back(ownWords(wording->wording));
    }
    if (!outcome.achievement) {
        block.pictogram = QStringLiteral("calendar");
        block.sentences.push_back(said(LetterText::tr("We are still working on this.")));
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
    for (LetterSentence& reason : sentencesOf(outcome.achievement->why))
        block.sentences.push_back(reason);
    return block;
}

LetterSection whatHappened(const CaseRecord& record)
{
    LetterSection part = section(LetterSectionKind::WhatHappened, LetterText::tr("What happened"));
    for (const DesiredOutcome& outcome : record.outcomes)
        part.blocks.push_back(happenedBlock(outcome));
    if (part.blocks.empty())
        part.blocks.push_back(
            {QStringLiteral("calendar"), {said(LetterText::tr("We are still working with you."))}});
    return part;
}

LetterSection howSafe(const CaseRecord& record)
{
    LetterSection part = section(LetterSectionKind::HowSafe, LetterText::tr("How safe you feel now"));
    const FeelsSafer feels = record.closure ? record.closure->feelsSafer : FeelsSafer::NotAsked;
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
                                said(LetterText::tr("You can call us at any time."))}});
        break;
    case FeelsSafer::NotAsked:
        part.blocks.push_back(
            {QStringLiteral("safe"),
             {said(record.closure ? LetterText::tr("We did not ask you how safe you feel.")
                                  : LetterText::tr("We will ask you how safe you feel."))}});
        break;
    }
    return part;
}

LetterSection whatNext(const CaseRecord& record)
{
    LetterSection part = section(LetterSectionKind::WhatNext, LetterText::tr("What happens next"));
    for (const PlanAction& action : record.actions) {
        if (!action.doneOn.isNull())
            continue;
        LetterBlock block{QStringLiteral("calendar"), {said(actionSentence(action))}};
        if (action.dueOn.isValid())
            block.sentences.push_back(
                said(LetterText::tr("This will happen by %1.").arg(easyReadDate(action.dueOn))));
        part.blocks.push_back(block);
    }
    if (record.closure) {
        LetterBlock block{QStringLiteral("next"), sentencesOf(record.closure->whatHappensNext)};
        block.sentences.push_back(said(LetterText::tr("We have finished our work with you for now.")));
        part.blocks.push_back(block);
    }
    if (part.blocks.empty())
        part.blocks.push_back(
            {QStringLiteral("next"), {said(LetterText::tr("We will keep working with you."))}});
    return part;
}

LetterSection whoToContact(const LetterSources& sources)
{
    LetterSection part = section(LetterSectionKind::WhoToContact, LetterText::tr("Who to contact"));
    const PractitionerContact& me = sources.practitioner;
    if (!me.name.isEmpty())
        part.blocks.push_back({QString::fromLatin1(pictogram::PractitionerPhoto),
                               {said(LetterText::tr("You can talk to me, %1.").arg(me.name))}});
    if (!me.phone.isEmpty())
        part.blocks.push_back(
            {QStringLiteral("telephone"), {said(LetterText::tr("My phone number is %1.").arg(me.phone))}});
    if (sources.advocate) {
        const AdvocateReferral& advocate = *sources.advocate;
        LetterBlock block{QStringLiteral("advocate"), {}};
        if (!advocate.advocateName.isEmpty() && !advocate.provider.isEmpty())
            block.sentences.push_back(said(LetterText::tr("Your advocate is %1 from %2.")
                                               .arg(advocate.advocateName, advocate.provider)));
        else if (!advocate.advocateName.isEmpty())
            block.sentences.push_back(
                said(LetterText::tr("Your advocate is %1.").arg(advocate.advocateName)));
        else
            block.sentences.push_back(
                said(LetterText::tr("Your advocate is from %1.").arg(advocate.provider)));
        // "Advocate" is a word the person will hear again, so it is explained, not replaced.
        block.sentences.push_back(
            said(LetterText::tr("An advocate is someone who helps you have your say.")));
        part.blocks.push_back(block);
    }
    part.blocks.push_back(
        {QStringLiteral("police"), {said(LetterText::tr("If you are in danger now, call 999."))}});
    return part;
}

} // namespace

QString easyReadDate(const QDate& date, const QString& language)
{
    return QLocale(language).toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

EasyReadLetter buildEasyReadLetter(const CaseRecord& record, const LetterSources& sources)
{
    EasyReadLetter letter;
    letter.caseId = record.id;
    letter.caseReference = record.reference;
    letter.recipientName = firstName(record.person);
    letter.date = sources.date;
    letter.practitionerPicture = sources.practitioner.picture;
    letter.sections = {whoWeAre(record, sources), whatYouWanted(record), whatWeDid(record),
                       whatHappened(record),      howSafe(record),       whatNext(record),
                       whoToContact(sources)};
    return letter;
}

} // namespace alongside::core
