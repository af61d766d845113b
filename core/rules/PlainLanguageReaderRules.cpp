#include "rules/PlainLanguageParts.h"
#include "rules/PlainLanguageText.h"

namespace alongside::core::plain {

namespace {

// "Dear Tom", or the name set off by a comma at either end of the sentence.
bool isCalledByName(const Sentence& sentence, std::size_t i)
{
    const Word& word = sentence.words[i];
    if (i > 0 && sentence.words[i - 1].lower == QLatin1String("dear"))
        return true;
    const int before = word.start - sentence.start - 1;
    const int after = word.start + word.length - sentence.start;
    const QString& text = sentence.text;
    const auto charAt = [&text](int at) { return at >= 0 && at < text.size() ? text.at(at) : QChar(); };
    const bool opens = i == 0 && charAt(after) == u',';
    const bool closes = i + 1 == sentence.words.size() && charAt(before) == u' '
        && charAt(before - 1) == u',';
    return opens || closes;
}

} // namespace

// A letter talks to its reader as "you" (Mencap, "Am I making myself clear?"; DH easy-read
// guidelines: "use 'you' and 'we'"). The reader's own name inside a sentence ("Tom sorted
// everything himself", "Doris's weekday visits") is text written about them for colleagues.
// Only the reader's names count: other people are named as themselves ("Julie will keep
// coming"). Calling the reader by name is not talking about them, and is left alone: "Dear Tom,",
// "Tom, this letter is for you.", "Thank you, Tom."
void checkThirdPerson(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    if (!sentence.reader)
        return;
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
        const Word& word = sentence.words[i];
        if (word.quoted || isCalledByName(sentence, i))
            continue;
        QString bare = word.text;
        const bool possessive = bare.endsWith(QLatin1String("'s"))
            || bare.endsWith(QStringLiteral("\u2019s"));
        if (possessive)
            bare.chop(2);
        bool theirs = false;
        for (const QString& name : sentence.reader->names)
            theirs = theirs || (!name.trimmed().isEmpty() && bare == name.trimmed());
        if (!theirs)
            continue;
        out.push_back(finding(
            sentence, word.start, word.length, plainrule::ThirdPerson,
            PlainLanguageText::tr("\"%1\" talks about the reader as someone else. This letter is to them.")
                .arg(word.text),
            possessive
                ? PlainLanguageText::tr("Say \"your\" instead, and \"you\" for the rest.")
                : PlainLanguageText::tr("Say \"you\" instead, and \"your\" or \"yourself\" for the rest.")));
        return; // once a sentence: it needs rewriting as a whole
    }
}

} // namespace alongside::core::plain
