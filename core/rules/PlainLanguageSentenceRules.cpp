#include "rules/PlainLanguageParts.h"
#include "rules/PlainLanguageText.h"

#include <QCoreApplication>
#include <QSet>

namespace alongside::core::plain {

namespace {

constexpr int kMostWords = 15; // easy read: sentences of 10 to 15 words

bool isSubjectPronoun(const QString& lower)
{
    static const QSet<QString> pronouns{QStringLiteral("i"),  QStringLiteral("you"),  QStringLiteral("we"),
                                        QStringLiteral("he"), QStringLiteral("she"),  QStringLiteral("they"),
                                        QStringLiteral("it"), QStringLiteral("there")};
    return pronouns.contains(lower);
}

bool isJoiningWord(const QString& lower)
{
    static const QSet<QString> joins{QStringLiteral("and"),      QStringLiteral("but"),
                                     QStringLiteral("so"),       QStringLiteral("because"),
                                     QStringLiteral("although"), QStringLiteral("while"),
                                     QStringLiteral("whereas"),  QStringLiteral("or"),
                                     QStringLiteral("then"),     QStringLiteral("which")};
    return joins.contains(lower);
}

bool isBeVerb(const QString& lower)
{
    static const QSet<QString> forms{QStringLiteral("am"),   QStringLiteral("is"),    QStringLiteral("are"),
                                     QStringLiteral("was"),  QStringLiteral("were"),  QStringLiteral("be"),
                                     QStringLiteral("been"), QStringLiteral("being"), QStringLiteral("get"),
                                     QStringLiteral("gets"), QStringLiteral("got")};
    return forms.contains(lower);
}

// Past participles that do not end in -ed (the common ones in letters).
bool isIrregularParticiple(const QString& lower)
{
    static const QSet<QString> participles{
        QStringLiteral("made"),    QStringLiteral("done"),    QStringLiteral("given"),
        QStringLiteral("taken"),   QStringLiteral("seen"),    QStringLiteral("told"),
        QStringLiteral("sent"),    QStringLiteral("written"), QStringLiteral("shown"),
        QStringLiteral("known"),   QStringLiteral("found"),   QStringLiteral("kept"),
        QStringLiteral("brought"), QStringLiteral("bought"),  QStringLiteral("held"),
        QStringLiteral("heard"),   QStringLiteral("paid"),    QStringLiteral("said"),
        QStringLiteral("thought"), QStringLiteral("chosen"),  QStringLiteral("spoken"),
        QStringLiteral("stolen"),  QStringLiteral("broken"),  QStringLiteral("hurt"),
        QStringLiteral("met"),     QStringLiteral("left"),    QStringLiteral("put"),
        QStringLiteral("taught")};
    return participles.contains(lower);
}

// Words ending in -ed that describe a feeling or state, not something done to someone:
// "I am worried" is active enough for easy read.
bool isStateAdjective(const QString& lower)
{
    static const QSet<QString> states{
        QStringLiteral("worried"),    QStringLiteral("scared"),      QStringLiteral("tired"),
        QStringLiteral("pleased"),    QStringLiteral("interested"),  QStringLiteral("bored"),
        QStringLiteral("married"),    QStringLiteral("retired"),     QStringLiteral("excited"),
        QStringLiteral("frightened"), QStringLiteral("concerned"),   QStringLiteral("supposed"),
        QStringLiteral("called"),     QStringLiteral("named"),       QStringLiteral("allowed"),
        QStringLiteral("used"),       QStringLiteral("shocked"),     QStringLiteral("surprised"),
        QStringLiteral("annoyed"),    QStringLiteral("relaxed"),     QStringLiteral("needed"),
        QStringLiteral("ashamed"),    QStringLiteral("embarrassed"), QStringLiteral("disabled"),
        QStringLiteral("confused"),   QStringLiteral("upset"),       QStringLiteral("closed"),
        QStringLiteral("finished"),   QStringLiteral("involved"),    QStringLiteral("red")};
    return states.contains(lower);
}

bool isParticiple(const QString& lower)
{
    if (isStateAdjective(lower))
        return false;
    return isIrregularParticiple(lower) || (lower.size() > 4 && lower.endsWith(QLatin1String("ed")));
}

} // namespace

void checkLength(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    int words = 0;
    for (const Word& word : sentence.words)
        words += word.quoted ? 0 : 1;
    if (words <= kMostWords)
        return;
    out.push_back(finding(
        sentence, sentence.start, sentence.length, plainrule::SentenceLength,
        PlainLanguageText::tr("This sentence has %1 words. Easy read sentences have 15 words or fewer.")
            .arg(words),
        PlainLanguageText::tr("Split it into 2 short sentences, with one idea in each.")));
}

void checkOneIdea(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    // A semicolon always joins two ideas.
    for (int i = 0; i < sentence.text.size(); ++i) {
        if (sentence.text.at(i) == u';' && !sentence.isQuotedAt(sentence.start + i)) {
            out.push_back(finding(sentence, sentence.start + i, 1, plainrule::OneIdea,
                                  PlainLanguageText::tr("A semicolon joins 2 ideas in one sentence."),
                                  PlainLanguageText::tr("End the sentence here and start a new one.")));
            return;
        }
    }
    // "… and he said …": a joining word followed by a new subject and its verb starts a second
    // clause. "you and your son" or "Tom and you." is one idea, so a word must follow.
    const auto& words = sentence.words;
    for (std::size_t i = 1; i + 1 < words.size(); ++i) {
        if (words[i].quoted || !isJoiningWord(words[i].lower))
            continue;
        const QString before = sentence.text.left(words[i].start - sentence.start).trimmed();
        const bool newClause = words[i].lower == QLatin1String("which")
            ? before.endsWith(u',')
            : isSubjectPronoun(words[i + 1].lower) && i + 2 < words.size();
        if (!newClause)
            continue;
        const Word& last = words[i + 1];
        out.push_back(finding(
            sentence, words[i].start, last.start + last.length - words[i].start, plainrule::OneIdea,
            PlainLanguageText::tr("\"%1\" starts a second idea in the same sentence.").arg(words[i].text),
            PlainLanguageText::tr("Make 2 sentences: end the first before \"%1\".").arg(words[i].text)));
        return;
    }
}

void checkPassive(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    const auto& words = sentence.words;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i].quoted || !isBeVerb(words[i].lower))
            continue;
        std::size_t next = i + 1;
        // "was quickly moved": one adverb may sit between.
        if (words[next].lower.endsWith(QLatin1String("ly")) && next + 1 < words.size())
            ++next;
        if (!isParticiple(words[next].lower))
            continue;
        const Word& participle = words[next];
        out.push_back(finding(
            sentence, words[i].start, participle.start + participle.length - words[i].start,
            plainrule::PassiveVoice,
            PlainLanguageText::tr("\"%1\" is passive: it does not say who did it.")
                .arg(sentence.text.mid(words[i].start - sentence.start,
                                       participle.start + participle.length - words[i].start)),
            PlainLanguageText::tr("Say who did it, for example \"We sent the letter\", not \"The letter "
                                  "was sent\".")));
        return;
    }
}

} // namespace alongside::core::plain
