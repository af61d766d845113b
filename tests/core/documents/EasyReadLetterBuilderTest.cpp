#include "documents/LetterFixtures.h"

#include "documents/EasyReadLetterBuilder.h"
#include "model/EasyReadLetterJson.h"
#include "rules/PlainLanguageCheck.h"
#include "support/Catch.h"

#include <QStringList>

using namespace alongside;
using namespace alongside::test;

namespace {

QStringList sentencesOf(const core::LetterSection* section)
{
    QStringList sentences;
    if (!section)
        return sentences;
    for (const auto& block : section->blocks) {
        for (const auto& sentence : block.sentences)
            sentences << sentence.text;
    }
    return sentences;
}

QStringList pictogramsOf(const core::LetterSection* section)
{
    QStringList pictures;
    for (const auto& block : section->blocks)
        pictures << block.pictogram;
    return pictures;
}

} // namespace

TEST_CASE("the letter has every section, in the easy-read order, with a heading and words")
{
    const core::EasyReadLetter letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-004")),
                                                                  letterSources(false));
    using K = core::LetterSectionKind;
    const std::vector<K> expected{K::WhoWeAre, K::WhatYouWanted, K::WhatWeDid,   K::WhatHappened,
                                  K::HowSafe,  K::WhatNext,      K::WhoToContact};
    REQUIRE(letter.sections.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(core::storageCode(expected[i]).toStdString());
        CHECK(letter.sections[i].kind == expected[i]);
        CHECK_FALSE(letter.sections[i].heading.isEmpty());
        CHECK_FALSE(sentencesOf(&letter.sections[i]).isEmpty());
        for (const auto& block : letter.sections[i].blocks)
            CHECK_FALSE(block.pictogram.isEmpty()); // a picture on the left for every block
    }
    CHECK(letter.recipientName == QStringLiteral("Tom"));
    CHECK(letter.date == letterDay());
}

TEST_CASE("what the person wanted is quoted in their own words, marked as theirs")
{
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-008")), letterSources(false));
    const auto* wanted = letter.section(core::LetterSectionKind::WhatYouWanted);
    REQUIRE(wanted);
    bool quoted = false;
    for (const auto& block : wanted->blocks) {
        for (const auto& sentence : block.sentences)
            quoted = quoted
                || (sentence.ownWords
                    && sentence.text
                        == QStringLiteral("For my son to move out, but still visit on Sundays."));
    }
    CHECK(quoted);
}

TEST_CASE("a fully met wish gets a tick and says it happened, with the practitioner's reason")
{
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-004")), letterSources(false));
    const auto* happened = letter.section(core::LetterSectionKind::WhatHappened);
    REQUIRE(happened);
    CHECK(pictogramsOf(happened) == QStringList{QStringLiteral("tick"), QStringLiteral("tick")});
    const QStringList words = sentencesOf(happened);
    CHECK(words.contains(QStringLiteral("This happened.")));
    CHECK(words.contains(QStringLiteral("Tom sorted everything himself, at his own pace.")));
    CHECK(sentencesOf(letter.section(core::LetterSectionKind::HowSafe))
              .contains(QStringLiteral("You told us you feel safer now.")));
}

TEST_CASE("a partly met wish gets a half circle and says it partly happened, and why")
{
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-007")), letterSources(false));
    const auto* happened = letter.section(core::LetterSectionKind::WhatHappened);
    REQUIRE(happened);
    CHECK(pictogramsOf(happened) == QStringList{QStringLiteral("tick"), QStringLiteral("part-tick")});
    const QStringList words = sentencesOf(happened);
    CHECK(words.contains(QStringLiteral("This partly happened.")));
    CHECK(words.contains(
        QStringLiteral("The provider wrote an apology, but Win wanted the manager to say it to her face.")));
    CHECK(pictogramsOf(letter.section(core::LetterSectionKind::HowSafe))
          == QStringList{QStringLiteral("feel-partly-safe")});
}

TEST_CASE("a wish that was not met gets a cross and the honest reason, sentence by sentence")
{
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-008")), letterSources(false));
    const auto* happened = letter.section(core::LetterSectionKind::WhatHappened);
    REQUIRE(happened);
    CHECK(pictogramsOf(happened) == QStringList{QStringLiteral("cross")});
    const QStringList words = sentencesOf(happened);
    CHECK(words.contains(QStringLiteral("This did not happen.")));
    CHECK(words.contains(
        QStringLiteral("His son would not agree to leave, and Arthur decided against legal action.")));
    CHECK(words.contains(QStringLiteral("We talked honestly that we could not make him go without it.")));
    CHECK(sentencesOf(letter.section(core::LetterSectionKind::HowSafe))
              .contains(QStringLiteral("You told us you do not feel safer.")));
}

TEST_CASE("who to contact names the practitioner and phone, and the advocate only when there is one")
{
    const auto without = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-007")),
                                                   letterSources(false));
    const QStringList contact = sentencesOf(without.section(core::LetterSectionKind::WhoToContact));
    CHECK(contact.contains(QStringLiteral("You can talk to me, Alex Example.")));
    CHECK(contact.contains(QStringLiteral("My phone number is 01632 960123.")));
    CHECK_FALSE(contact.join(u' ').contains(QStringLiteral("advocate")));

    const auto with = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-007")), letterSources(true));
    const auto* section = with.section(core::LetterSectionKind::WhoToContact);
    CHECK(pictogramsOf(section).contains(QStringLiteral("advocate")));
    const QStringList withAdvocate = sentencesOf(section);
    CHECK(withAdvocate.contains(QStringLiteral("Your advocate is Jo Sample from Example Advocacy.")));
    CHECK(withAdvocate.contains(QStringLiteral("An advocate is someone who helps you have your say.")));
}

TEST_CASE("an open case says the work goes on rather than inventing an ending")
{
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-005")), letterSources(false));
    CHECK(sentencesOf(letter.section(core::LetterSectionKind::WhatHappened))
              .contains(QStringLiteral("We are still working on what you wanted.")));
    CHECK(sentencesOf(letter.section(core::LetterSectionKind::HowSafe))
              .contains(QStringLiteral("We will ask you how safe you feel.")));
}

TEST_CASE("nothing in a new letter counts as reviewed, and editing a reviewed sentence unticks it")
{
    auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-004")), letterSources(true));
    CHECK(letter.sentenceCount() > 10);
    CHECK(letter.reviewedSentenceCount() == 0);
    CHECK_FALSE(letter.everySentenceReviewed());
    letter.markEverySentenceReviewed(true);
    CHECK(letter.everySentenceReviewed());
    letter.sections.front().blocks.front().sentences.front().setText(
        QStringLiteral("This letter is for you, Tom."));
    CHECK_FALSE(letter.everySentenceReviewed());
}

TEST_CASE("the letter's own sentences pass the plain-language check")
{
    // A case whose recorded words are already plain, so any finding is in a template sentence.
    core::CaseRecord record = demoCase(QStringLiteral("DEMO-004"));
    record.conversations.front().tookPartHow.push_back(core::Participation::WithAdvocate);
    for (auto& outcome : record.outcomes)
        outcome.achievement->why = QStringLiteral("You chose this yourself.");
    record.actions = {{0, 1, QStringLiteral("Your doctor"), QStringLiteral("Check your medicine"),
                       letterDay().addDays(-9), letterDay().addDays(-2)},
                      {0, 1, QStringLiteral("We"), QStringLiteral("Call you"), letterDay().addDays(14), {}}};
    record.closure->whatHappensNext = QStringLiteral("We will call you in 2 weeks.");
    for (const bool advocate : {false, true}) {
        const auto letter = core::buildEasyReadLetter(record, letterSources(advocate));
        int checked = 0;
        for (const auto& section : letter.sections) {
            CHECK(core::checkPlainLanguage(section.heading).empty());
            // A block is checked as one text, as the editor does: a hard word may be explained
            // in the sentence after it.
            for (const auto& block : section.blocks) {
                QStringList words;
                for (const auto& sentence : block.sentences) {
                    if (!sentence.ownWords)
                        words << sentence.text;
                }
                INFO(words.join(u' ').toStdString());
                CHECK(core::checkPlainLanguage(words.join(u' ')).empty());
                checked += static_cast<int>(words.size());
            }
        }
        CHECK(checked > 15);
    }
}

TEST_CASE("a letter survives being saved as JSON and read back, ticks and all")
{
    auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-008")), letterSources(true));
    letter.largePrint = true;
    letter.tint = core::PaperTint::PaleYellow;
    letter.sections[2].blocks[0].sentences[0].reviewed = true;
    const auto back = core::letterFromJsonBytes(core::letterToJsonBytes(letter));
    REQUIRE(back);
    CHECK(core::letterToJsonBytes(*back) == core::letterToJsonBytes(letter));
    CHECK(back->largePrint);
    CHECK(back->tint == core::PaperTint::PaleYellow);
    CHECK(back->reviewedSentenceCount() == 1);
    CHECK_FALSE(core::letterFromJsonBytes(QByteArrayLiteral("{\"sections\":[{\"kind\":\"nonsense\"}]}")));
}

TEST_CASE("a piece of work the practitioner ended with a full stop is not given a second one")
{
    core::CaseRecord record = demoCase(QStringLiteral("DEMO-004"));
    core::PlanAction done;
    done.who = QStringLiteral("Social worker");
    done.what = QStringLiteral("Ring the day centre about the driver.");
    done.dueOn = letterDay().addDays(-7);
    done.doneOn = letterDay().addDays(-3);
    record.actions.push_back(done);
    const core::EasyReadLetter letter = core::buildEasyReadLetter(record, letterSources(false));
    const QStringList did = sentencesOf(letter.section(core::LetterSectionKind::WhatWeDid));
    CHECK(did.contains(QStringLiteral("Social worker: Ring the day centre about the driver.")));
    for (const QString& sentence : did)
        CHECK_FALSE(sentence.endsWith(QStringLiteral("..")));
}
