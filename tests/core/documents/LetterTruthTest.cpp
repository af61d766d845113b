// Every sentence true to the record: cases built to tempt each mistake a letter can make about
// the person's own life (docs/letters.md, "Every sentence true to the record").

#include "documents/LetterFixtures.h"

#include "documents/EasyReadLetterBuilder.h"
#include "support/Catch.h"

#include <QStringList>

using namespace alongside;
using namespace alongside::test;

namespace {

QStringList sentencesIn(const core::LetterSection* section)
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

QStringList everySentence(const core::EasyReadLetter& letter)
{
    QStringList sentences;
    for (const auto& section : letter.sections) {
        sentences << section.heading;
        sentences << sentencesIn(&section);
    }
    return sentences;
}

std::vector<core::LetterSentence> quoted(const core::EasyReadLetter& letter)
{
    std::vector<core::LetterSentence> own;
    for (const auto& section : letter.sections) {
        for (const auto& block : section.blocks) {
            for (const auto& sentence : block.sentences) {
                if (sentence.ownWords)
                    own.push_back(sentence);
            }
        }
    }
    return own;
}

// Ivy (DEMO-009) with her wish put into words by her advocate, in professional wording.
core::CaseRecord advocateCase()
{
    core::CaseRecord record = demoCase(QStringLiteral("DEMO-009"));
    record.outcomes.front().voice = core::OutcomeVoice::Advocate;
    record.outcomes.front().revisions.front().wording = QStringLiteral(
        "For Ivy's money to be managed safely by someone she trusts.");
    return record;
}

core::CaseRecord bestInterestsCase()
{
    core::CaseRecord record = advocateCase();
    record.outcomes.front().voice = core::OutcomeVoice::BestInterests;
    record.outcomes.front().letterWording = QStringLiteral(
        "We decided your sister will help with your money.");
    return record;
}

} // namespace

TEST_CASE("a wish an advocate put into words is told as theirs: never quoted, never 'you told us'")
{
    const auto letter = core::buildEasyReadLetter(advocateCase(), letterSources(true));
    const auto* wanted = letter.section(core::LetterSectionKind::WhatYouWanted);
    REQUIRE(wanted);
    const QStringList words = sentencesIn(wanted);
    CHECK(words.contains(QStringLiteral("Your advocate, Jo Sample, helped us understand what you want.")));
    CHECK(wanted->heading == QStringLiteral("What you wanted"));
    for (const QString& sentence : words)
        CHECK_FALSE(sentence.startsWith(QStringLiteral("You told us")));
    CHECK(quoted(letter).empty()); // the advocate's wording is not the person's own words
    for (const QString& sentence : sentencesIn(letter.section(core::LetterSectionKind::WhatHappened)))
        CHECK(sentence != QStringLiteral("You wanted:"));
}

TEST_CASE("'advocate' is explained the first time the letter uses it")
{
    const auto letter = core::buildEasyReadLetter(advocateCase(), letterSources(true));
    const QStringList words = everySentence(letter);
    const qsizetype first = words.indexOf(
        QStringLiteral("Your advocate, Jo Sample, helped us understand what you want."));
    REQUIRE(first >= 0);
    for (qsizetype i = 0; i < first; ++i)
        CHECK_FALSE(words[i].contains(QStringLiteral("advocate"), Qt::CaseInsensitive));
    CHECK(words.value(first + 1) == QStringLiteral("An advocate is someone who helps you have your say."));
}

TEST_CASE("a best-interests decision says we thought about what is best, in the letter's own words")
{
    const auto letter = core::buildEasyReadLetter(bestInterestsCase(), letterSources(false));
    const auto* wanted = letter.section(core::LetterSectionKind::WhatYouWanted);
    REQUIRE(wanted);
    CHECK(sentencesIn(wanted)
          == QStringList({QStringLiteral("We thought about what is best for you."),
                          QStringLiteral("We decided your sister will help with your money.")}));
    CHECK(wanted->heading != QStringLiteral("What you told us you wanted"));
    CHECK(quoted(letter).empty());
    CHECK_FALSE(everySentence(letter).join(u' ').contains(QStringLiteral("You told us you wanted")));
}

TEST_CASE("quotation marks only ever surround words the person said")
{
    for (const char* reference : {"DEMO-001", "DEMO-003", "DEMO-004", "DEMO-007", "DEMO-008", "DEMO-009"}) {
        core::CaseRecord record = demoCase(QString::fromLatin1(reference));
        // Tempt it: one wish in the person's words, one by an advocate, one in best interests.
        record.outcomes.push_back(advocateCase().outcomes.front());
        record.outcomes.push_back(bestInterestsCase().outcomes.front());
        QStringList theirWords;
        for (const auto& outcome : record.outcomes) {
            if (outcome.voice == core::OutcomeVoice::Person)
                theirWords << outcome.current()->wording;
        }
        for (const auto& conversation : record.conversations)
            theirWords << conversation.personsWords;
        const auto letter = core::buildEasyReadLetter(record, letterSources(true));
        INFO(reference);
        CHECK_FALSE(quoted(letter).empty());
        for (const auto& sentence : quoted(letter))
            CHECK(theirWords.contains(sentence.text));
    }
}

TEST_CASE("a closed case never says the work is still going on")
{
    // Ivy's case closed before anyone asked her about her wish.
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-009")), letterSources(false));
    const QStringList words = everySentence(letter);
    for (const QString& sentence : words) {
        INFO(sentence.toStdString());
        CHECK_FALSE(sentence.contains(QStringLiteral("still working"), Qt::CaseInsensitive));
        CHECK_FALSE(sentence.contains(QStringLiteral("keep working"), Qt::CaseInsensitive));
        CHECK_FALSE(sentence.contains(QStringLiteral("will ask"), Qt::CaseInsensitive));
    }
    CHECK(words.contains(QStringLiteral("We did not ask you if this happened.")));
    CHECK(words.contains(QStringLiteral("We have finished our work with you for now.")));
}

TEST_CASE("an action still open after its day is never promised as still to come")
{
    core::CaseRecord record = demoCase(QStringLiteral("DEMO-009"));
    core::LetterSources sources = letterSources(false);
    sources.date = QDate(2026, 12, 7);
    core::PlanAction late{0, 0, QStringLiteral("OT"), QStringLiteral("Fit a key safe"), QDate(2026, 4, 30),
                          {}};
    late.letterWording = QStringLiteral("The occupational therapist will fit a key safe for you.");
    core::PlanAction coming = late;
    coming.dueOn = QDate(2027, 1, 15);
    record.actions = {late, coming};
    const QStringList words = everySentence(core::buildEasyReadLetter(record, sources));
    CHECK(words.contains(QStringLiteral("This was due by Thursday 30 April 2026.")));
    CHECK_FALSE(words.contains(QStringLiteral("This will happen by Thursday 30 April 2026.")));
    CHECK(words.contains(QStringLiteral("This will happen by Friday 15 January 2027.")));
}

TEST_CASE("an action that is no longer needed is neither promised nor told as done")
{
    core::CaseRecord record = demoCase(QStringLiteral("DEMO-009"));
    core::LetterSources sources = letterSources(false);
    sources.date = QDate(2026, 12, 7);
    core::PlanAction stopped{0, 0, QStringLiteral("OT"), QStringLiteral("Fit a key safe"), QDate(2027, 1, 15),
                             {}};
    stopped.letterWording = QStringLiteral("The occupational therapist will fit a key safe for you.");
    stopped.noLongerNeededOn = QDate(2026, 12, 1);
    stopped.endedWhy = QStringLiteral("Her daughter now lets the carers in.");
    record.actions = {stopped};
    const QString words = everySentence(core::buildEasyReadLetter(record, sources)).join(u'\n');
    CHECK_FALSE(words.contains(QStringLiteral("key safe")));
    CHECK_FALSE(words.contains(QStringLiteral("Friday 15 January 2027")));
}

TEST_CASE("a person nobody spoke with is not told we listened, talked or worked together")
{
    core::CaseRecord record = demoCase(QStringLiteral("DEMO-009"));
    record.conversations.clear();
    record.outcomes.front().voice = core::OutcomeVoice::BestInterests;
    const auto letter = core::buildEasyReadLetter(record, letterSources(false));
    const QStringList words = everySentence(letter);
    for (const QString& sentence : words) {
        INFO(sentence.toStdString());
        CHECK_FALSE(sentence.contains(QStringLiteral("listened"), Qt::CaseInsensitive));
        CHECK_FALSE(sentence.contains(QStringLiteral("together"), Qt::CaseInsensitive));
        CHECK_FALSE(sentence.contains(QStringLiteral("told us"), Qt::CaseInsensitive));
        CHECK_FALSE(sentence.contains(QStringLiteral("We talked with you"), Qt::CaseInsensitive));
    }
    CHECK(words.contains(QStringLiteral("We did not talk with you.")));
}

TEST_CASE("a conversation held only through a representative is not talking with the person")
{
    core::CaseRecord record = demoCase(QStringLiteral("DEMO-009"));
    record.conversations.front().tookPartHow = {core::Participation::ThroughRepresentative};
    const auto letter = core::buildEasyReadLetter(record, letterSources(false));
    CHECK_FALSE(everySentence(letter).join(u' ').contains(QStringLiteral("We talked with you")));
}

TEST_CASE("every conversation is given its date, written out")
{
    // Doris was seen twice: 8 and 3 days before the letter (3 March 2026).
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-001")), letterSources(false));
    const QStringList did = sentencesIn(letter.section(core::LetterSectionKind::WhatWeDid));
    CHECK(did.contains(QStringLiteral("We talked with you on Monday 23 February 2026.")));
    CHECK(did.contains(QStringLiteral("We talked with you on Saturday 28 February 2026.")));
    CHECK_FALSE(did.join(u' ').contains(QStringLiteral("once")));

    // Eric was rung: the letter says so.
    const auto byPhone = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-006")),
                                                   letterSources(false));
    CHECK(sentencesIn(byPhone.section(core::LetterSectionKind::WhatWeDid))
              .contains(QStringLiteral("We talked with you on the phone on Sunday 1 March 2026.")));
}

TEST_CASE("the worker's name, job and team read as plain English, acronyms kept")
{
    auto sources = letterSources(false);
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-004")), sources);
    const QStringList who = sentencesIn(letter.section(core::LetterSectionKind::WhoWeAre));
    CHECK(who.contains(QStringLiteral("My name is Alex Example.")));
    CHECK(who.contains(QStringLiteral("I am a social worker.")));
    CHECK(who.contains(QStringLiteral("I work for the Adult Social Care Team.")));

    sources.practitioner.role = QStringLiteral("IMCA");
    sources.practitioner.team = QStringLiteral("Adult Safeguarding Team");
    const auto other = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-004")), sources);
    const QStringList them = sentencesIn(other.section(core::LetterSectionKind::WhoWeAre));
    CHECK(them.contains(QStringLiteral("I am an IMCA.")));
    CHECK(them.contains(QStringLiteral("I work for the Adult Safeguarding Team.")));
    for (const QString& sentence : them)
        CHECK_FALSE(sentence.startsWith(QStringLiteral("My job is")));
}

TEST_CASE("plan actions, reasons and what happens next are marked as colleagues' words until rewritten")
{
    core::EasyReadLetter letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-004")),
                                                            letterSources(false));
    QStringList copied;
    for (const core::LetterSentence* sentence : letter.workerTextSentences())
        copied << sentence->text;
    CHECK(copied.contains(QStringLiteral("Fire service: Home fire safety visit.")));
    CHECK(copied.contains(QStringLiteral("Tom sorted everything himself, at his own pace.")));
    CHECK(copied.contains(QStringLiteral("Fire service will call again in six months.")));
    for (const QString& template_ : {QStringLiteral("This happened."), QStringLiteral("Who we are")})
        CHECK_FALSE(copied.contains(template_));

    // Rewritten in the letter: no longer the colleagues' words. A changed capital is not a rewrite.
    for (auto& section : letter.sections) {
        for (auto& block : section.blocks) {
            for (auto& sentence : block.sentences) {
                if (sentence.text == QStringLiteral("Fire service: Home fire safety visit."))
                    sentence.setText(QStringLiteral("The fire service checked your smoke alarms."));
                if (sentence.text == QStringLiteral("Tom sorted everything himself, at his own pace."))
                    sentence.setText(QStringLiteral("tom sorted everything himself at his own pace"));
            }
        }
    }
    copied.clear();
    for (const core::LetterSentence* sentence : letter.workerTextSentences())
        copied << sentence->text;
    CHECK_FALSE(copied.contains(QStringLiteral("The fire service checked your smoke alarms.")));
    CHECK(copied.contains(QStringLiteral("tom sorted everything himself at his own pace")));
}

TEST_CASE("wording written for the letter and kept with the record is used instead of colleagues' words")
{
    core::CaseRecord record = demoCase(QStringLiteral("DEMO-004"));
    record.actions.front().letterWording = QStringLiteral(
        "The fire service visited you to check your smoke alarms.");
    record.outcomes[1].achievement->letterWhy = QStringLiteral(
        "You sorted your things yourself, at your own pace.");
    record.outcomes[0].achievement->letterWhy = QStringLiteral("Your exits and cooker are clear.");
    record.closure->letterNext = QStringLiteral("The fire service will visit you again in 6 months.");
    const auto letter = core::buildEasyReadLetter(record, letterSources(false));
    CHECK(letter.workerTextSentences().empty());
    const QStringList words = everySentence(letter);
    CHECK(words.contains(QStringLiteral("The fire service visited you to check your smoke alarms.")));
    CHECK(words.contains(QStringLiteral("You sorted your things yourself, at your own pace.")));
    CHECK(words.contains(QStringLiteral("The fire service will visit you again in 6 months.")));
    CHECK_FALSE(words.join(u' ').contains(QStringLiteral("Tom sorted")));
}

TEST_CASE("a letter to someone nobody has spoken with never says they told us anything")
{
    // Sam: a concern only; nobody has reached him.
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-002")), letterSources(false));
    for (const QString& sentence : everySentence(letter)) {
        INFO(sentence.toStdString());
        CHECK_FALSE(sentence.contains(QStringLiteral("told us"), Qt::CaseInsensitive));
        CHECK_FALSE(sentence.contains(QStringLiteral("together"), Qt::CaseInsensitive));
    }
    CHECK(everySentence(letter).contains(QStringLiteral("We have not asked you what you want yet.")));
    CHECK(everySentence(letter).contains(QStringLiteral("We have not talked with you yet.")));
}

TEST_CASE("who to contact names the worker, with their picture, and the number to ring, in one place")
{
    const auto letter = core::buildEasyReadLetter(demoCase(QStringLiteral("DEMO-008")), letterSources(false));
    const auto* contact = letter.section(core::LetterSectionKind::WhoToContact);
    REQUIRE(contact);
    REQUIRE(contact->blocks.size() == 2);
    CHECK(contact->blocks.front().pictogram == QStringLiteral("practitioner-photo"));
    CHECK(sentencesIn(contact)
          == QStringList({QStringLiteral("You can talk to me, Alex Example."),
                          QStringLiteral("My phone number is 01632 960123."),
                          QStringLiteral("If you are in danger now, call 999.")}));
    CHECK(contact->blocks.back().pictogram == QStringLiteral("police"));
}
