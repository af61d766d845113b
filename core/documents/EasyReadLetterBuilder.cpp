#include "documents/EasyReadLetterBuilder.h"

#include "documents/LetterBuilderParts.h"
#include "documents/LetterText.h"
#include "documents/Pictograms.h"

#include <QLocale>

namespace alongside::core {

namespace letterparts {

namespace {

// "social worker" from "Social worker", but "IMCA" and "Care Act advocate" keep their capitals:
// lowering a whole role breaks acronyms and names.
QString roleInSentence(const QString& role)
{
    QString words = role.trimmed();
    if (words.size() > 1 && words.at(0).isUpper() && words.at(1).isLower())
        words[0] = words.at(0).toLower();
    return words;
}

bool startsWithAny(const QString& words, std::initializer_list<const char*> starts)
{
    for (const char* start : starts) {
        if (words.startsWith(QLatin1String(start), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// "I am a social worker." / "I am an occupational therapist." (English articles; a Welsh
// letter translates the whole sentence).
QString iAm(const QString& role)
{
    const QString words = roleInSentence(role);
    if (startsWithAny(words, {"a ", "an ", "the ", "your "}))
        return LetterText::tr("I am %1.").arg(words);
    const bool vowel = QStringLiteral("aeiouAEIOU").contains(words.at(0));
    return vowel ? LetterText::tr("I am an %1.").arg(words) : LetterText::tr("I am a %1.").arg(words);
}

// "I work for the Adult Safeguarding Team." (a team is always "the" team).
QString iWorkFor(const QString& team)
{
    const QString words = team.trimmed();
    if (startsWithAny(words, {"the "}))
        return LetterText::tr("I work for %1.").arg(words);
    return LetterText::tr("I work for the %1.").arg(words);
}

} // namespace

LetterSection whoWeAre(Facts& facts)
{
    LetterSection part{LetterSectionKind::WhoWeAre, LetterText::tr("Who we are"), {}};
    part.blocks.push_back(
        {QStringLiteral("letter"),
         {said(LetterText::tr("%1, this letter is for you.").arg(facts.firstName())),
          said(facts.spokenWith ? LetterText::tr("It tells you about the work we did together.")
                                : LetterText::tr("It tells you about the work we did."))}});
    const PractitionerContact& me = facts.sources.practitioner;
    LetterBlock block{QString::fromLatin1(pictogram::PractitionerPhoto), {}};
    if (!me.name.trimmed().isEmpty())
        block.sentences.push_back(said(LetterText::tr("My name is %1.").arg(me.name.trimmed())));
    if (!me.role.trimmed().isEmpty())
        block.sentences.push_back(said(iAm(me.role)));
    if (!me.team.trimmed().isEmpty())
        block.sentences.push_back(said(iWorkFor(me.team)));
    if (!block.sentences.empty())
        part.blocks.push_back(block);
    return part;
}

LetterSection whoToContact(Facts& facts)
{
    LetterSection part{LetterSectionKind::WhoToContact, LetterText::tr("Who to contact"), {}};
    // The named worker, with their friendly picture, and the number to ring, together.
    const PractitionerContact& me = facts.sources.practitioner;
    LetterBlock worker{QString::fromLatin1(pictogram::PractitionerPhoto), {}};
    if (!me.name.trimmed().isEmpty())
        worker.sentences.push_back(said(LetterText::tr("You can talk to me, %1.").arg(me.name.trimmed())));
    if (!me.phone.trimmed().isEmpty())
        worker.sentences.push_back(said(LetterText::tr("My phone number is %1.").arg(me.phone.trimmed())));
    if (me.name.trimmed().isEmpty() && !me.phone.trimmed().isEmpty())
        worker.pictogram = QStringLiteral("telephone");
    if (!worker.sentences.empty())
        part.blocks.push_back(worker);
    if (facts.sources.advocate) {
        const AdvocateReferral& advocate = *facts.sources.advocate;
        const QString name = advocate.advocateName.trimmed();
        const QString provider = advocate.provider.trimmed();
        LetterBlock block{QStringLiteral("advocate"), {}};
        if (!name.isEmpty() && !provider.isEmpty())
            block.sentences.push_back(
                said(LetterText::tr("Your advocate is %1 from %2.").arg(name, provider)));
        else if (!name.isEmpty())
            block.sentences.push_back(said(LetterText::tr("Your advocate is %1.").arg(name)));
        else
            block.sentences.push_back(said(LetterText::tr("Your advocate is from %1.").arg(provider)));
        for (LetterSentence& explained : facts.explainAdvocateOnce())
            block.sentences.push_back(explained);
        part.blocks.push_back(block);
    }
    part.blocks.push_back(
        {QStringLiteral("police"), {said(LetterText::tr("If you are in danger now, call 999."))}});
    return part;
}

} // namespace letterparts

QString easyReadDate(const QDate& date, const QString& language)
{
    return QLocale(language).toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

EasyReadLetter buildEasyReadLetter(const CaseRecord& record, const LetterSources& sources)
{
    letterparts::Facts facts(record, sources);
    EasyReadLetter letter;
    letter.caseId = record.id;
    letter.caseReference = record.reference;
    letter.recipientName = facts.firstName();
    for (const QString& name :
         {record.person.givenName, record.person.preferredName, record.person.familyName}) {
        if (!name.trimmed().isEmpty() && !letter.readerNames.contains(name.trimmed()))
            letter.readerNames << name.trimmed();
    }
    letter.date = sources.date;
    letter.practitionerPicture = sources.practitioner.picture;
    letter.contactName = sources.practitioner.name.trimmed();
    letter.contactPhone = sources.practitioner.phone.trimmed();
    if (sources.advocate && !sources.advocate->advocateName.trimmed().isEmpty())
        letter.peopleNamed << sources.advocate->advocateName.trimmed();
    // In reading order. A hard word ("advocate") is explained where it first appears in each
    // section: a reader may come back to one part on its own.
    using Part = LetterSection (*)(letterparts::Facts&);
    for (const Part part : {&letterparts::whoWeAre, &letterparts::whatYouWanted, &letterparts::whatWeDid,
                            &letterparts::whatHappened, &letterparts::howSafe, &letterparts::whatNext,
                            &letterparts::whoToContact}) {
        facts.advocateExplained = false;
        letter.sections.push_back(part(facts));
    }
    return letter;
}

} // namespace alongside::core
