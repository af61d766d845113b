#include "rules/PlainLanguageCheck.h"
#include "support/Catch.h"

#include <QStringList>

using namespace alongside;

namespace {

QStringList rulesFound(const QString& text)
{
    QStringList rules;
    for (const core::PlainLanguageFinding& finding : core::checkPlainLanguage(text))
        rules << finding.ruleId;
    return rules;
}

core::PlainLanguageFinding onlyFinding(const QString& text, const char* rule)
{
    std::vector<core::PlainLanguageFinding> matching;
    for (const core::PlainLanguageFinding& finding : core::checkPlainLanguage(text)) {
        if (finding.ruleId == QLatin1String(rule))
            matching.push_back(finding);
    }
    REQUIRE(matching.size() == 1);
    return matching.front();
}

QString flagged(const QString& text, const core::PlainLanguageFinding& finding)
{
    return text.mid(finding.start, finding.length);
}

} // namespace

TEST_CASE("short, active sentences with everyday words have no findings")
{
    const QStringList clean{
        QStringLiteral("We talked with you on your own."),
        QStringLiteral("You told us you feel safer now."),
        QStringLiteral("My phone number is 01632 960123."),
        QStringLiteral("We will visit you on Tuesday 3 March 2026."),
        QStringLiteral("I am worried about my money."),
        QStringLiteral("You wanted to keep your own bank card."),
        QStringLiteral("You and your son can talk to us."),
        QStringLiteral("Your advocate is Jo. An advocate is someone who helps you have your say."),
        QStringLiteral("No one will throw your things away."),
    };
    for (const QString& text : clean) {
        INFO(text.toStdString());
        CHECK(core::checkPlainLanguage(text).empty());
    }
}

TEST_CASE("a sentence over 15 words is flagged with its length and the rule it breaks")
{
    const QString text = QStringLiteral(
        "We talked with you. We went to see the manager of the day centre with you on a cold "
        "morning last week.");
    const auto finding = onlyFinding(text, core::plainrule::SentenceLength);
    CHECK(finding.sentenceIndex == 1);
    CHECK(flagged(text, finding).startsWith(QStringLiteral("We went")));
    CHECK(finding.reason.contains(QStringLiteral("18 words")));
    CHECK(finding.rule.contains(QStringLiteral("15 words")));
    CHECK_FALSE(finding.suggestion.isEmpty());
}

TEST_CASE("the person's own words in quotation marks are not counted or corrected")
{
    const QString text = QStringLiteral(
        "You said: \"I want him to move out, but I still want to see him on Sundays, "
        "because he was given three chances.\"");
    CHECK(core::checkPlainLanguage(text).empty());
}

TEST_CASE("a second idea joined by a new subject is flagged, a shared subject is not")
{
    const QString twoIdeas = QStringLiteral("We met your son and he agreed to leave.");
    const auto finding = onlyFinding(twoIdeas, core::plainrule::OneIdea);
    CHECK(flagged(twoIdeas, finding) == QStringLiteral("and he"));
    CHECK(rulesFound(QStringLiteral("We met you and your son.")).isEmpty());
    CHECK(rulesFound(QStringLiteral("The bus came late; you waited.")).contains(QStringLiteral("one-idea")));
    CHECK(rulesFound(QStringLiteral("We wrote to the manager, which took a week."))
              .contains(QStringLiteral("one-idea")));
}

TEST_CASE("passive voice is flagged with a suggestion to say who did it, feelings are not")
{
    const QString text = QStringLiteral("A letter was sent to the manager.");
    const auto finding = onlyFinding(text, core::plainrule::PassiveVoice);
    CHECK(flagged(text, finding) == QStringLiteral("was sent"));
    CHECK(finding.suggestion.contains(QStringLiteral("We sent")));
    CHECK(rulesFound(QStringLiteral("The driver was quickly moved to another route."))
              .contains(QStringLiteral("passive-voice")));
    CHECK(rulesFound(QStringLiteral("You were worried about the driver.")).isEmpty());
}

TEST_CASE("jargon and acronyms are flagged with everyday words to use instead")
{
    const QString text = QStringLiteral("We finished the safeguarding enquiry under s.42 of the Care Act.");
    const auto findings = core::checkPlainLanguage(text);
    QStringList words;
    for (const auto& finding : findings) {
        CHECK(finding.ruleId == QStringLiteral("jargon"));
        words << flagged(text, finding);
    }
    CHECK(words == QStringList{QStringLiteral("safeguarding enquiry"), QStringLiteral("s.42")});
    CHECK(findings.front().suggestion.contains(
        QStringLiteral("finding out what happened and keeping you safe")));

    for (const QString& term : {QStringLiteral("capacity"), QStringLiteral("best interests"),
                                QStringLiteral("IMCA"), QStringLiteral("MCA")}) {
        const QString sentence = QStringLiteral("We looked at %1 today.").arg(term);
        INFO(sentence.toStdString());
        const auto finding = onlyFinding(sentence, core::plainrule::Jargon);
        CHECK(flagged(sentence, finding) == term);
        CHECK_FALSE(finding.suggestion.isEmpty());
    }
    CHECK(rulesFound(QStringLiteral("The CPA met today.")) == QStringList{QStringLiteral("jargon")});
}

TEST_CASE("a hard word the person needs is flagged only until it is explained")
{
    const auto finding = onlyFinding(QStringLiteral("Your advocate will call you."), core::plainrule::Jargon);
    CHECK(finding.reason.contains(QStringLiteral("explain")));
    CHECK(rulesFound(QStringLiteral(
                         "Your advocate will call you. An advocate is someone who helps you have your say."))
              .isEmpty());
}

TEST_CASE("numbers written as words are flagged with the digit to use")
{
    const QString text = QStringLiteral("We met three times in twenty-one days.");
    const auto findings = core::checkPlainLanguage(text);
    REQUIRE(findings.size() == 2);
    CHECK(flagged(text, findings[0]) == QStringLiteral("three"));
    CHECK(findings[0].suggestion.contains(QStringLiteral("\"3\"")));
    CHECK(findings[1].suggestion.contains(QStringLiteral("\"21\"")));
    CHECK(rulesFound(QStringLiteral("We will call in one week."))
          == QStringList{QStringLiteral("number-as-word")});
    CHECK(rulesFound(QStringLiteral("This one is yours.")).isEmpty());
}

TEST_CASE("dates in numbers or without the day are flagged with the date written out")
{
    const QString numeric = QStringLiteral("We will visit on 03/03/2026.");
    const auto finding = onlyFinding(numeric, core::plainrule::DateNotWrittenOut);
    CHECK(flagged(numeric, finding) == QStringLiteral("03/03/2026"));
    CHECK(finding.suggestion.contains(QStringLiteral("Tuesday 3 March 2026")));
    CHECK(onlyFinding(QStringLiteral("We will visit on 2026-03-03."), core::plainrule::DateNotWrittenOut)
              .suggestion.contains(QStringLiteral("Tuesday 3 March 2026")));
    CHECK(onlyFinding(QStringLiteral("We will visit on 3rd March 2026."), core::plainrule::DateNotWrittenOut)
              .suggestion.contains(QStringLiteral("Tuesday 3 March 2026")));
    CHECK(rulesFound(QStringLiteral("We will visit on Tuesday 3 March 2026.")).isEmpty());
}

TEST_CASE("sentences are split at full stops but not inside s.42 or a number")
{
    const QString text = QStringLiteral("We used s.42 here. It took 2.5 weeks! Did it help?\nYes");
    const auto sentences = core::plainLanguageSentences(text);
    REQUIRE(sentences.size() == 4);
    CHECK(text.mid(sentences[0].start, sentences[0].length) == QStringLiteral("We used s.42 here."));
    CHECK(text.mid(sentences[1].start, sentences[1].length) == QStringLiteral("It took 2.5 weeks!"));
    CHECK(text.mid(sentences[3].start, sentences[3].length) == QStringLiteral("Yes"));
}

TEST_CASE("every finding names the easy-read rule it applies")
{
    const QString text = QStringLiteral(
        "The IMCA was told on 03/03/2026 and she said three things; we wrote them all down for the "
        "meeting with the manager.");
    const auto findings = core::checkPlainLanguage(text);
    QStringList rules;
    for (const auto& finding : findings) {
        CHECK(finding.rule.startsWith(QStringLiteral("Easy read:")));
        CHECK_FALSE(finding.reason.isEmpty());
        rules << finding.ruleId;
    }
    rules.removeDuplicates();
    rules.sort();
    CHECK(rules
          == QStringList{QStringLiteral("date-not-written-out"), QStringLiteral("jargon"),
                         QStringLiteral("number-as-word"), QStringLiteral("one-idea"),
                         QStringLiteral("passive-voice"), QStringLiteral("sentence-length")});
}
