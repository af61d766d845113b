#include "rules/PlainLanguageParts.h"
#include "rules/PlainLanguageText.h"

#include <QHash>

namespace alongside::core::plain {

// Shorthand that practitioners write and an easy-read reader may not know: Latin abbreviations
// and clipped words (UK government accessible-formats guidance: "do not use abbreviations";
// Mencap, "Am I making myself clear?": write words out in full). Matched as whole words, in
// lower case, as the word pattern sees them ("e.g." is the word "e.g").
void checkAbbreviations(const Sentence& sentence, std::vector<PlainLanguageFinding>& out)
{
    static const QHash<QString, QString> shorthand{
        {QStringLiteral("e.g"), PlainLanguageText::tr("for example")},
        {QStringLiteral("eg"), PlainLanguageText::tr("for example")},
        {QStringLiteral("i.e"), PlainLanguageText::tr("that is")},
        {QStringLiteral("ie"), PlainLanguageText::tr("that is")},
        {QStringLiteral("etc"), PlainLanguageText::tr("name the other things, or leave it out")},
        {QStringLiteral("via"), PlainLanguageText::tr("through, or by")},
        {QStringLiteral("re"), PlainLanguageText::tr("about")},
        {QStringLiteral("viz"), PlainLanguageText::tr("that is")},
        {QStringLiteral("vs"), PlainLanguageText::tr("against")},
        {QStringLiteral("approx"), PlainLanguageText::tr("about")},
        {QStringLiteral("asap"), PlainLanguageText::tr("as soon as we can")},
        {QStringLiteral("w/c"), PlainLanguageText::tr("the week starting")},
        {QStringLiteral("c/o"), PlainLanguageText::tr("at the address of")},
        {QStringLiteral("appt"), PlainLanguageText::tr("appointment")},
        {QStringLiteral("info"), PlainLanguageText::tr("information")},
        {QStringLiteral("tel"), PlainLanguageText::tr("phone")},
        {QStringLiteral("hrs"), PlainLanguageText::tr("hours")},
        {QStringLiteral("mins"), PlainLanguageText::tr("minutes")},
        {QStringLiteral("wk"), PlainLanguageText::tr("week")},
        {QStringLiteral("wks"), PlainLanguageText::tr("weeks")},
        {QStringLiteral("p.w"), PlainLanguageText::tr("each week")},
        {QStringLiteral("p.a"), PlainLanguageText::tr("each year")},
    };
    for (const Word& word : sentence.words) {
        if (word.quoted)
            continue;
        const auto plain = shorthand.find(word.lower);
        if (plain == shorthand.end())
            continue;
        // "etc." and "e.g." keep their full stop in the finding, so the whole thing is replaced.
        const int end = word.start + word.length;
        const int length = word.length
            + (end - sentence.start < sentence.text.size() && sentence.text.at(end - sentence.start) == u'.'
                   ? 1
                   : 0);
        out.push_back(finding(sentence, word.start, length, plainrule::Abbreviation,
                              PlainLanguageText::tr("\"%1\" is shorthand the reader may not know.")
                                  .arg(sentence.text.mid(word.start - sentence.start, length)),
                              PlainLanguageText::tr("Write it out: \"%1\".").arg(*plain)));
    }
}

} // namespace alongside::core::plain
