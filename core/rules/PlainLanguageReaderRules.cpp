#include "rules/PlainLanguageParts.h"
#include "rules/PlainLanguageText.h"

namespace alongside::core::plain {

// A letter talks to its reader as "you" (Mencap, "Am I making myself clear?"; DH easy-read
// guidelines: "use 'you' and 'we'"). The reader's own name inside a sentence ("Tom sorted
// everything himself", "Doris's weekday visits") is text written about them for colleagues.
// Only the reader's names count: other people are named as themselves ("Julie will keep
// coming"). A greeting that is only the name ("Dear Tom,") is left alone.
void checkThirdPerson(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    if (!sentence.reader)
        return;
    for (std::size_t i = 0; i < sentence.words.size(); ++i) {
        const Word& word = sentence.words[i];
        if (word.quoted || (i > 0 && sentence.words[i - 1].lower == QLatin1String("dear")))
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
