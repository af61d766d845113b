#include "documents/LetterWordingDraft.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace alongside::core {

namespace {

bool startsUpper(const QString& word)
{
    return !word.isEmpty() && word.at(0).isUpper();
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

// "Confirm" → "confirm", but "GP" and "Julie" keep their capitals.
QString lowerFirst(QString words)
{
    if (words.size() > 1 && words.at(0).isUpper() && words.at(1).isLower()) {
        static const QRegularExpression firstWord(QStringLiteral("^[\\p{L}]+"));
        const QString first = firstWord.match(words).captured();
        // A name stays a name; a common word is lowered.
        static const QSet<QString> keep{QStringLiteral("I")};
        if (!keep.contains(first))
            words[0] = words.at(0).toLower();
    }
    return words;
}

bool isReaderName(const QString& word, const PlainLanguageReader& reader)
{
    for (const QString& name : reader.names) {
        if (!name.trimmed().isEmpty() && word == name.trimmed())
            return true;
    }
    return false;
}

// After "you" the verb agrees: "you say", "you are", "you have".
QString agreeWithYou(const QString& verb)
{
    static const QHash<QString, QString> irregular{{QStringLiteral("is"), QStringLiteral("are")},
                                                   {QStringLiteral("was"), QStringLiteral("were")},
                                                   {QStringLiteral("has"), QStringLiteral("have")},
                                                   {QStringLiteral("does"), QStringLiteral("do")},
                                                   {QStringLiteral("isn't"), QStringLiteral("aren't")},
                                                   {QStringLiteral("wasn't"), QStringLiteral("weren't")},
                                                   {QStringLiteral("hasn't"), QStringLiteral("haven't")},
                                                   {QStringLiteral("doesn't"), QStringLiteral("don't")},
                                                   {QStringLiteral("says"), QStringLiteral("say")},
                                                   {QStringLiteral("goes"), QStringLiteral("go")}};
    if (const auto found = irregular.find(verb); found != irregular.end())
        return *found;
    static const QSet<QString> notVerbs{QStringLiteral("always"),  QStringLiteral("sometimes"),
                                        QStringLiteral("perhaps"), QStringLiteral("thus"),
                                        QStringLiteral("as"),      QStringLiteral("us"),
                                        QStringLiteral("this"),    QStringLiteral("its")};
    if (verb.size() < 4 || !verb.at(0).isLower() || notVerbs.contains(verb)
        || verb.endsWith(QLatin1String("ss")))
        return verb;
    if (verb.endsWith(QLatin1String("ies")))
        return verb.chopped(3) + u'y';
    for (const char* ending : {"shes", "ches", "xes", "zes", "sses"}) {
        if (verb.endsWith(QLatin1String(ending)))
            return verb.chopped(2);
    }
    if (verb.endsWith(u's'))
        return verb.chopped(1);
    return verb;
}

// Words after "her" that show it is the object ("told her about"), not "her face".
bool isFunctionWord(const QString& lower)
{
    static const QSet<QString> words{
        QStringLiteral("and"),  QStringLiteral("or"),    QStringLiteral("but"),   QStringLiteral("to"),
        QStringLiteral("at"),   QStringLiteral("in"),    QStringLiteral("on"),    QStringLiteral("for"),
        QStringLiteral("with"), QStringLiteral("about"), QStringLiteral("that"),  QStringLiteral("because"),
        QStringLiteral("so"),   QStringLiteral("if"),    QStringLiteral("when"),  QStringLiteral("the"),
        QStringLiteral("a"),    QStringLiteral("an"),    QStringLiteral("again"), QStringLiteral("from"),
        QStringLiteral("back"), QStringLiteral("up"),    QStringLiteral("out"),   QStringLiteral("know"),
        QStringLiteral("by"),   QStringLiteral("of")};
    return words.contains(lower);
}

struct Token {
    QString text;
    bool word = false;
};

std::vector<Token> tokens(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("([\\p{L}\\p{N}'\\x{2019}]+)|([^\\p{L}\\p{N}'\\x{2019}]+)"));
    std::vector<Token> out;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        out.push_back({match.captured(), match.capturedLength(1) > 0});
    }
    return out;
}

QString nextWord(const std::vector<Token>& all, std::size_t from)
{
    for (std::size_t i = from + 1; i < all.size(); ++i) {
        if (all[i].word)
            return all[i].text;
        if (!all[i].text.trimmed().isEmpty() && all[i].text.trimmed() != QLatin1String(","))
            return {}; // punctuation ends the phrase
    }
    return {};
}

bool namesReader(const QString& sentence, const PlainLanguageReader& reader)
{
    for (const Token& token : tokens(sentence)) {
        QString bare = token.text;
        if (bare.endsWith(QLatin1String("'s")) || bare.endsWith(QStringLiteral("\u2019s")))
            bare.chop(2);
        if (token.word && isReaderName(bare, reader))
            return true;
    }
    return false;
}

QString speakToReaderInSentence(const QString& sentence, const PlainLanguageReader& reader)
{
    const std::vector<Token> all = tokens(sentence);
    QString out;
    bool first = true;
    bool subjectYou = false;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Token& token = all[i];
        if (!token.word) {
            out += token.text;
            continue;
        }
        const QString lower = token.text.toLower();
        QString bare = token.text;
        const bool possessive = bare.endsWith(QLatin1String("'s"))
            || bare.endsWith(QStringLiteral("\u2019s"));
        if (possessive)
            bare.chop(2);
        QString replaced;
        bool subject = false;
        if (isReaderName(bare, reader)) {
            replaced = possessive ? QStringLiteral("your") : QStringLiteral("you");
            subject = !possessive;
        } else if (lower == QLatin1String("he") || lower == QLatin1String("she")) {
            replaced = QStringLiteral("you");
            subject = true;
        } else if (lower == QLatin1String("him")) {
            replaced = QStringLiteral("you");
        } else if (lower == QLatin1String("his")) {
            replaced = QStringLiteral("your");
        } else if (lower == QLatin1String("her")) {
            const QString after = nextWord(all, i).toLower();
            replaced = after.isEmpty() || isFunctionWord(after) ? QStringLiteral("you")
                                                                : QStringLiteral("your");
        } else if (lower == QLatin1String("himself") || lower == QLatin1String("herself")) {
            replaced = QStringLiteral("yourself");
        } else if (subjectYou) {
            replaced = agreeWithYou(token.text);
        } else {
            replaced = token.text;
        }
        out += first ? capitalised(replaced) : replaced;
        first = false;
        subjectYou = subject;
    }
    return out;
}

// Verbs a plan action usually starts with, as practitioners write them ("Confirm…",
// "Review…"), and their past forms where not just "-ed".
const QHash<QString, QString>& actionVerbs()
{
    static const QHash<QString, QString> verbs{{QStringLiteral("arrange"), {}},
                                               {QStringLiteral("ask"), {}},
                                               {QStringLiteral("attend"), {}},
                                               {QStringLiteral("audit"), {}},
                                               {QStringLiteral("book"), {}},
                                               {QStringLiteral("bring"), QStringLiteral("brought")},
                                               {QStringLiteral("call"), {}},
                                               {QStringLiteral("change"), {}},
                                               {QStringLiteral("check"), {}},
                                               {QStringLiteral("confirm"), {}},
                                               {QStringLiteral("contact"), {}},
                                               {QStringLiteral("discuss"), {}},
                                               {QStringLiteral("find"), QStringLiteral("found")},
                                               {QStringLiteral("fit"), QStringLiteral("fitted")},
                                               {QStringLiteral("get"), QStringLiteral("got")},
                                               {QStringLiteral("give"), QStringLiteral("gave")},
                                               {QStringLiteral("go"), QStringLiteral("went")},
                                               {QStringLiteral("help"), {}},
                                               {QStringLiteral("install"), {}},
                                               {QStringLiteral("look"), {}},
                                               {QStringLiteral("make"), QStringLiteral("made")},
                                               {QStringLiteral("meet"), QStringLiteral("met")},
                                               {QStringLiteral("move"), {}},
                                               {QStringLiteral("order"), {}},
                                               {QStringLiteral("pay"), QStringLiteral("paid")},
                                               {QStringLiteral("phone"), {}},
                                               {QStringLiteral("refer"), QStringLiteral("referred")},
                                               {QStringLiteral("remove"), {}},
                                               {QStringLiteral("review"), {}},
                                               {QStringLiteral("ring"), QStringLiteral("rang")},
                                               {QStringLiteral("see"), QStringLiteral("saw")},
                                               {QStringLiteral("send"), QStringLiteral("sent")},
                                               {QStringLiteral("set"), QStringLiteral("set")},
                                               {QStringLiteral("sort"), {}},
                                               {QStringLiteral("speak"), QStringLiteral("spoke")},
                                               {QStringLiteral("start"), {}},
                                               {QStringLiteral("stop"), QStringLiteral("stopped")},
                                               {QStringLiteral("support"), {}},
                                               {QStringLiteral("take"), QStringLiteral("took")},
                                               {QStringLiteral("talk"), {}},
                                               {QStringLiteral("tell"), QStringLiteral("told")},
                                               {QStringLiteral("visit"), {}},
                                               {QStringLiteral("write"), QStringLiteral("wrote")},
                                               {QStringLiteral("agree"), QStringLiteral("agreed")},
                                               {QStringLiteral("apply"), QStringLiteral("applied")},
                                               {QStringLiteral("keep"), QStringLiteral("kept")},
                                               {QStringLiteral("open"), {}},
                                               {QStringLiteral("close"), QStringLiteral("closed")},
                                               {QStringLiteral("update"), QStringLiteral("updated")},
                                               {QStringLiteral("share"), QStringLiteral("shared")},
                                               {QStringLiteral("provide"), QStringLiteral("provided")},
                                               {QStringLiteral("replace"), QStringLiteral("replaced")}};
    return verbs;
}

QString pastOf(const QString& verb)
{
    const QString past = actionVerbs().value(verb);
    return past.isEmpty() ? verb + QStringLiteral("ed") : past;
}

// Who does it, as the subject of a sentence to the reader.
QString subjectOf(const QString& who, const PlainLanguageReader& reader, const QString& practitioner)
{
    const QString trimmed = who.trimmed();
    const QString lower = trimmed.toLower();
    if (trimmed.isEmpty() || lower == practitioner.trimmed().toLower() || lower == QLatin1String("me")
        || lower == QLatin1String("i"))
        return QStringLiteral("I");
    if (namesReader(trimmed, reader))
        return speakToReaderInSentence(trimmed, reader);
    // "Fire service", "Agency manager": a role, so "the fire service". A single capitalised
    // word ("Julie") is taken to be a name.
    const QStringList words = trimmed.split(u' ', Qt::SkipEmptyParts);
    static const QSet<QString> roles{QStringLiteral("police"),   QStringLiteral("bank"),
                                     QStringLiteral("council"),  QStringLiteral("landlord"),
                                     QStringLiteral("agency"),   QStringLiteral("doctor"),
                                     QStringLiteral("nurse"),    QStringLiteral("advocate"),
                                     QStringLiteral("pharmacy"), QStringLiteral("college")};
    const bool role = (words.size() > 1 && !startsUpper(words.at(1))) || roles.contains(lower);
    if (!role || lower.startsWith(QLatin1String("the ")))
        return trimmed;
    return QStringLiteral("The ") + lowerFirst(trimmed);
}

QString article(const QString& nounPhrase)
{
    return QStringLiteral("aeiouAEIOU").contains(nounPhrase.at(0)) ? QStringLiteral("an")
                                                                   : QStringLiteral("a");
}

QString withoutFullStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

QString speakToReader(const QString& text, const PlainLanguageReader& reader)
{
    QString out;
    int from = 0;
    for (const PlainLanguageSentence& span : plainLanguageSentences(text)) {
        out += text.mid(from, span.start - from);
        const QString sentence = text.mid(span.start, span.length);
        // Only sentences that name the reader: "he" elsewhere may be someone else.
        out += namesReader(sentence, reader) ? speakToReaderInSentence(sentence, reader) : sentence;
        from = span.start + span.length;
    }
    out += text.mid(from);
    return out;
}

QString draftActionForLetter(const PlanAction& action, const PlainLanguageReader& reader,
                             const QString& practitioner)
{
    const QString what = withoutFullStop(action.what);
    if (what.isEmpty())
        return {};
    const QString subject = subjectOf(action.who, reader, practitioner);
    // The reader is in the action ("with Doris"): speak to them. A placeholder subject keeps
    // the task's first word from being capitalised as a sentence start.
    QString task = lowerFirst(what);
    if (namesReader(task, reader)) {
        task = speakToReaderInSentence(QStringLiteral("x ") + task, reader).mid(2);
        task = lowerFirst(task);
    }
    const QString firstWord = task.section(u' ', 0, 0).toLower();
    const bool done = action.doneOn.isValid();
    if (actionVerbs().contains(firstWord)) {
        const QString rest = task.section(u' ', 1);
        if (done)
            return QStringLiteral("%1 %2%3.")
                .arg(subject, pastOf(firstWord), rest.isEmpty() ? QString() : u' ' + rest);
        return QStringLiteral("%1 will %2.").arg(subject, task);
    }
    if (done)
        return QStringLiteral("%1 did %2 %3.").arg(subject, article(task), task);
    return QStringLiteral("%1 will arrange %2 %3.").arg(subject, article(task), task);
}

QString draftWishForLetter(const DesiredOutcome& outcome, const PlainLanguageReader& reader)
{
    const OutcomeRevision* wording = outcome.current();
    if (!wording)
        return {};
    const QString wish = lowerFirst(withoutFullStop(speakToReader(wording->wording, reader)));
    const bool toDo = wish.startsWith(QLatin1String("to "));
    const bool forSomething = wish.startsWith(QLatin1String("for "));
    if (outcome.voice == OutcomeVoice::BestInterests) {
        if (toDo || forSomething)
            return QStringLiteral("We decided it is best %1%2.")
                .arg(toDo ? QStringLiteral("for you ") : QString(), wish);
        return QStringLiteral("We decided: %1.").arg(wish);
    }
    if (toDo)
        return QStringLiteral("You want %1.").arg(wish);
    if (forSomething)
        return QStringLiteral("You want %1.").arg(wish.mid(4));
    return QStringLiteral("You want this: %1.").arg(wish);
}

} // namespace alongside::core
