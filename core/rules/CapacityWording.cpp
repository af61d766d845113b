#include "rules/CapacityWording.h"

#include <QRegularExpression>
#include <QSet>

namespace alongside::core::capacitywording {

namespace {

// Lower case, apostrophes dropped ("alzheimer's" → "alzheimers"), everything else not a letter or
// digit a space.
QStringList wordsOf(const QString& text)
{
    QString folded = text.toCaseFolded();
    folded.remove(QChar(u'\'')).remove(QChar(u'\u2019'));
    static const QRegularExpression notWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return folded.split(notWord, Qt::SkipEmptyParts);
}

QSet<QString> setOf(std::initializer_list<const char*> words)
{
    QSet<QString> set;
    for (const char* word : words)
        set.insert(QString::fromLatin1(word));
    return set;
}

// Words that say nothing about which decision: the vocabulary of the assessment itself.
const QSet<QString>& assessmentWords()
{
    static const QSet<QString> words = setOf(
        {"capacity", "mental",   "assessment", "assess",  "assessed",     "mca",    "decision",  "decisions",
         "decide",   "deciding", "make",       "making",  "made",         "about",  "the",       "a",
         "an",       "to",       "for",        "of",      "on",           "re",     "regarding", "her",
         "his",      "their",    "them",       "whether", "or",           "and",    "in",        "ability",
         "able",     "test",     "functional", "review",  "reassessment", "two",    "stage",     "act",
         "2005",     "s2",       "s3",         "section", "form",         "record", "specific",  "own"});
    return words;
}

// Broad domains: on their own they do not name a decision ("care", "her welfare").
const QSet<QString>& domainWords()
{
    static const QSet<QString> words = setOf(
        {"care", "support", "welfare", "wellbeing", "life", "health", "safety", "safeguarding", "needs",
         "things", "issues", "matters", "affairs", "general", "everything", "daily", "living"});
    return words;
}

// Conditions, diagnoses and scores, as they are commonly written in records.
const QSet<QString>& conditionWords()
{
    static const QSet<QString> words = setOf(
        {"dementia",    "alzheimers",    "alzheimer",  "vascular",     "lewy",      "korsakoff",
         "korsakoffs",  "learning",      "disability", "disabilities", "autism",    "autistic",
         "asd",         "schizophrenia", "psychosis",  "psychotic",    "bipolar",   "delirium",
         "stroke",      "brain",         "injury",     "abi",          "tbi",       "parkinsons",
         "parkinson",   "huntingtons",   "cognitive",  "impairment",   "impaired",  "mci",
         "personality", "disorder",      "depression", "illness",      "diagnosis", "diagnosed",
         "condition",   "mmse",          "moca",       "ace",          "iii",       "score",
         "scored",      "memory",        "problems",   "disease",      "syndrome",  "frontotemporal",
         "ftd",         "mental",        "health",     "acquired",     "traumatic"});
    return words;
}

// What a diagnosis-only sentence is padded with, including the bare names of the abilities:
// "cannot understand the information because of her dementia" still describes nothing she did.
const QSet<QString>& fillerWords()
{
    static const QSet<QString> words = setOf(
        {"has",       "have",      "had",         "with",         "a",
         "an",        "the",       "she",         "he",           "they",
         "her",       "his",       "their",       "is",           "are",
         "was",       "were",      "known",       "of",           "due",
         "to",        "because",   "secondary",   "severe",       "moderate",
         "mild",      "advanced",  "late",        "early",        "stage",
         "onset",     "and",       "so",          "therefore",    "lacks",
         "lack",      "capacity",  "unable",      "cannot",       "cant",
         "not",       "as",        "result",      "type",         "out",
         "on",        "in",        "from",        "by",           "confirmed",
         "suffers",   "suffering", "living",      "lives",        "it",
         "this",      "that",      "understand",  "retain",       "remember",
         "weigh",     "use",       "communicate", "information",  "decision",
         "decisions", "make",      "options",     "relevant",     "any",
         "able",      "ability",   "significant", "very",         "clear",
         "evidence",  "per",       "gp",          "consultant",   "letter",
         "report",    "notes",     "records",     "recorded",     "documented",
         "history",   "long",      "standing",    "longstanding", "progressive",
         "chronic",   "under",     "team",        "nhs",          "mr",
         "mrs",       "ms",        "dr"});
    return words;
}

bool allIn(const QStringList& words, const QSet<QString>& first, const QSet<QString>& second = {},
           const QSet<QString>& third = {})
{
    for (const QString& word : words) {
        bool number = false;
        word.toInt(&number);
        if (!number && !first.contains(word) && !second.contains(word) && !third.contains(word))
            return false;
    }
    return true;
}

bool containsPhrase(const QString& folded, std::initializer_list<const char*> phrases)
{
    for (const char* phrase : phrases) {
        const QRegularExpression pattern(QStringLiteral("\\b%1\\b").arg(QString::fromLatin1(phrase)));
        if (pattern.match(folded).hasMatch())
            return true;
    }
    return false;
}

} // namespace

DecisionWording decisionWording(const QString& decision)
{
    const QString folded = wordsOf(decision).join(QChar(u' '));
    if (containsPhrase(folded,
                       {"general capacity", "capacity in general", "capacity generally", "generally",
                        "overall capacity", "global capacity", "in general", "all decisions",
                        "all (her|his|their) decisions", "any decisions?", "every decision", "all matters",
                        "all aspects", "all areas", "everything", "in all respects", "day to day decisions",
                        "everyday decisions", "decisions generally"}))
        return DecisionWording::General;
    QStringList content;
    for (const QString& word : wordsOf(decision)) {
        if (!assessmentWords().contains(word))
            content << word;
    }
    if (content.isEmpty() || allIn(content, domainWords()))
        return DecisionWording::NoMatter;
    return DecisionWording::OneMatter;
}

bool onlyNamesCondition(const QString& evidence, const QString& impairment)
{
    const QStringList words = wordsOf(evidence);
    if (words.isEmpty())
        return false;
    QSet<QString> impairmentWords;
    for (const QString& word : wordsOf(impairment))
        impairmentWords.insert(word);
    bool namesCondition = false;
    for (const QString& word : words)
        namesCondition = namesCondition || conditionWords().contains(word) || impairmentWords.contains(word);
    return namesCondition && allIn(words, conditionWords(), fillerWords(), impairmentWords);
}

bool readsAsInability(const QString& evidence)
{
    const QString folded = wordsOf(evidence).join(QChar(u' '));
    return containsPhrase(folded,
                          {"could not", "couldnt", "cannot", "cant", "unable", "was not able", "wasnt able",
                           "did not understand", "didnt understand", "forgot", "did not remember",
                           "didnt remember", "no understanding"});
}

bool mentionsAbility(const QString& text, int part)
{
    const QString folded = wordsOf(text).join(QChar(u' '));
    switch (part) {
    case 0:
        return containsPhrase(folded, {"understand\\w*", "comprehen\\w*", "grasp\\w*", "follow\\w*"});
    case 1:
        return containsPhrase(folded,
                              {"retain\\w*", "remember\\w*", "memory", "forget\\w*", "forgot\\w*",
                               "recall\\w*", "hold\\w* on"});
    case 2:
        return containsPhrase(folded,
                              {"weigh\\w*", "use", "using", "balanc\\w*", "consequence\\w*", "compar\\w*",
                               "reason\\w*", "judg\\w*"});
    default:
        break;
    }
    return containsPhrase(
        folded,
        {"communicat\\w*", "express\\w*", "tell", "told", "speak\\w*", "say\\w*", "sign\\w*", "indicat\\w*"});
}

} // namespace alongside::core::capacitywording
