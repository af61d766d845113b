#include "documents/LetterBuilderParts.h"

#include "documents/LetterText.h"
#include "documents/LetterWordingDraft.h"
#include "rules/PlainLanguageCheck.h"

#include <algorithm>

namespace alongside::core::letterparts {

namespace {

// One LetterSentence per sentence of the text, so each can be reviewed on its own.
std::vector<LetterSentence> split(const QString& text)
{
    std::vector<LetterSentence> sentences;
    for (const PlainLanguageSentence& span : plainLanguageSentences(text))
        sentences.push_back(said(text.mid(span.start, span.length)));
    return sentences;
}

bool withThem(const Conversation& conversation)
{
    // A conversation held only through a representative was not with the person.
    return conversation.tookPartHow.empty()
        || std::any_of(conversation.tookPartHow.begin(), conversation.tookPartHow.end(),
                       [](Participation how) { return how != Participation::ThroughRepresentative; });
}

} // namespace

Facts::Facts(const CaseRecord& caseRecord, const LetterSources& letterSources)
    : record(caseRecord), sources(letterSources), closed(caseRecord.closure.has_value())
{
    std::copy_if(record.conversations.begin(), record.conversations.end(), std::back_inserter(talks),
                 withThem);
    std::stable_sort(talks.begin(), talks.end(),
                     [](const Conversation& a, const Conversation& b) { return a.heldAt < b.heldAt; });
    spokenWith = !talks.empty();
    const Person& person = record.person;
    for (const QString& name : {person.givenName, person.preferredName, person.familyName}) {
        if (!name.trimmed().isEmpty() && !reader.names.contains(name.trimmed()))
            reader.names << name.trimmed();
    }
}

QString Facts::firstName() const
{
    return record.person.preferredName.isEmpty() ? record.person.givenName : record.person.preferredName;
}

QString Facts::yourAdvocate() const
{
    if (sources.advocate && !sources.advocate->advocateName.trimmed().isEmpty())
        return LetterText::tr("Your advocate, %1,").arg(sources.advocate->advocateName.trimmed());
    return LetterText::tr("Your advocate");
}

std::vector<LetterSentence> Facts::explainAdvocateOnce()
{
    if (advocateExplained)
        return {};
    advocateExplained = true;
    // "Advocate" is a word the person will hear again, so it is explained, not replaced.
    return {said(LetterText::tr("An advocate is someone who helps you have your say."))};
}

LetterSentence said(const QString& text)
{
    return {text, false, false};
}

LetterSentence ownWords(const QString& text)
{
    return {text.trimmed(), true, false};
}

QString recordKey(const char* kind, qint64 id)
{
    return QStringLiteral("%1:%2").arg(QLatin1String(kind)).arg(id);
}

std::vector<LetterSentence> recordText(const QString& letterWording, const QString& workerWording,
                                       const QString& fromRecord,
                                       const std::function<QString(const QString&)>& draft)
{
    const bool written = !letterWording.trimmed().isEmpty();
    std::vector<LetterSentence> sentences = split(written ? letterWording : workerWording);
    for (LetterSentence& sentence : sentences) {
        sentence.fromRecord = fromRecord;
        if (written)
            continue;
        sentence.copiedFrom = sentence.text;
        sentence.suggestion = draft ? draft(sentence.text) : QString();
        if (sentence.suggestion == sentence.text)
            sentence.suggestion.clear(); // nothing to offer
    }
    return sentences;
}

std::function<QString(const QString&)> spokenTo(const Facts& facts)
{
    return [reader = facts.reader](const QString& sentence) { return speakToReader(sentence, reader); };
}

QString actionAsWritten(const PlanAction& action)
{
    QString what = action.what.trimmed();
    while (what.endsWith(u'.'))
        what.chop(1);
    return QStringLiteral("%1: %2.").arg(action.who.trimmed(), what);
}

QString pictogramFor(const PlanAction& action)
{
    const QString words = (action.who + u' ' + action.what + u' ' + action.letterWording).toLower();
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

} // namespace alongside::core::letterparts
