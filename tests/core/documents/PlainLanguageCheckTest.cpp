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

TEST_CASE("Latin and other shorthand is flagged with the words to write instead")
{
    const QString text = QStringLiteral("Bring your card, e.g. the blue one.");
    const auto finding = onlyFinding(text, core::plainrule::Abbreviation);
    CHECK(flagged(text, finding) == QStringLiteral("e.g."));
    CHECK(finding.suggestion.contains(QStringLiteral("for example")));
    for (const QString& sentence :
         {QStringLiteral("We can help with shopping etc."),
          QStringLiteral("We will write to you via your sister."), QStringLiteral("We spoke re your money."),
          QStringLiteral("Call us, i.e. Alex or Sam.")}) {
        INFO(sentence.toStdString());
        CHECK(rulesFound(sentence).contains(QStringLiteral("abbreviation")));
    }
    CHECK(rulesFound(QStringLiteral("We're sorry that you are unwell.")).isEmpty());
}

TEST_CASE("percentages and exact sums of money are flagged with words the reader can picture")
{
    const QString half = QStringLiteral("You pay 50% of the cost.");
    CHECK(onlyFinding(half, core::plainrule::PercentOrMoney).suggestion.contains(QStringLiteral("half")));
    CHECK(onlyFinding(QStringLiteral("You pay 75 per cent of it."), core::plainrule::PercentOrMoney)
              .suggestion.contains(QStringLiteral("3 out of 4")));
    const QString bill = QStringLiteral("Your bill was £1,237.46 this year.");
    const auto money = onlyFinding(bill, core::plainrule::PercentOrMoney);
    CHECK(flagged(bill, money) == QStringLiteral("£1,237.46"));
    CHECK(money.suggestion.contains(QStringLiteral("about £1,200")));
    CHECK(onlyFinding(QStringLiteral("The house sold for £185,000."), core::plainrule::PercentOrMoney)
              .suggestion.contains(QStringLiteral("185 thousand pounds")));
    // Whole pounds the reader can picture are left alone.
    CHECK(rulesFound(QStringLiteral("You get £12 each week for food.")).isEmpty());
}

TEST_CASE("the reader's own name in a sentence is flagged: a letter talks to them as 'you'")
{
    const core::PlainLanguageReader tom{{QStringLiteral("Tomasz"), QStringLiteral("Tom")}};
    const QString text = QStringLiteral("Tom sorted everything himself, at his own pace.");
    const auto finding = core::checkPlainLanguage(text, tom);
    REQUIRE(finding.size() == 1);
    CHECK(finding.front().ruleId == QStringLiteral("third-person"));
    CHECK(flagged(text, finding.front()) == QStringLiteral("Tom"));
    CHECK(finding.front().suggestion.contains(QStringLiteral("you")));

    const QString possessive = QStringLiteral("Confirm Julie stays on Tom's weekday visits.");
    const auto theirs = core::checkPlainLanguage(possessive, tom);
    REQUIRE(theirs.size() == 1);
    CHECK(theirs.front().suggestion.contains(QStringLiteral("your")));

    // Other people are named as themselves; a greeting and the person's own words are theirs.
    CHECK(core::checkPlainLanguage(QStringLiteral("Julie will keep coming on weekdays."), tom).empty());
    CHECK(core::checkPlainLanguage(QStringLiteral("Dear Tom, this letter is for you."), tom).empty());
    CHECK(core::checkPlainLanguage(QStringLiteral("Tom, this letter is for you."), tom).empty());
    CHECK(core::checkPlainLanguage(QStringLiteral("Thank you, Tom."), tom).empty());
    CHECK(core::checkPlainLanguage(QStringLiteral("Exits are clear, Tom says."), tom).size() == 1);
    CHECK(core::checkPlainLanguage(QStringLiteral("You said \u201cTom can manage\u201d."), tom).empty());
    // Without knowing the reader, a name is just a name.
    CHECK(core::checkPlainLanguage(text).empty());
}

TEST_CASE("care-system words the reader may not know are flagged as jargon")
{
    for (const QString& term :
         {QStringLiteral("Court of Protection"), QStringLiteral("deputyship"),
          QStringLiteral("appointeeship"), QStringLiteral("placement"), QStringLiteral("package of care"),
          QStringLiteral("commissioners"), QStringLiteral("NFA"), QStringLiteral("provider")}) {
        const QString sentence = QStringLiteral("We talked about the %1 today.").arg(term);
        INFO(sentence.toStdString());
        const auto finding = onlyFinding(sentence, core::plainrule::Jargon);
        CHECK(flagged(sentence, finding) == term);
        CHECK_FALSE(finding.suggestion.isEmpty());
    }
}

TEST_CASE("words in quotation marks stay in one sentence, so a quote is never split")
{
    const QString text = QStringLiteral(
        "She said \u201cI want to go home. Now.\u201d We will help. He said \"No. Never.\" Then he left.");
    const auto sentences = core::plainLanguageSentences(text);
    QStringList parts;
    for (const auto& sentence : sentences)
        parts << text.mid(sentence.start, sentence.length);
    CHECK(parts
          == QStringList({QStringLiteral("She said \u201cI want to go home. Now.\u201d"),
                          QStringLiteral("We will help."), QStringLiteral("He said \"No. Never.\""),
                          QStringLiteral("Then he left.")}));
}
