// The letter use case (core/application/LetterService) over a real store: what the GUI's
// letter editor and `alongside-cli letter` both call.

#include "documents/LetterFixtures.h"

#include "application/LetterService.h"
#include "model/EasyReadLetterJson.h"
#include "storage/repositories/AdvocacyRepository.h"
#include "storage/repositories/CaseRepository.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;
using namespace alongside::test;

namespace {

const QDateTime kMorning(QDate(2026, 3, 3), QTime(9, 30));

struct ServiceStore {
    TempStoreFolder folder;
    std::unique_ptr<core::Store> store = createStore(folder.storePath());
    qint64 caseId = 0;

    explicit ServiceStore(const QString& reference)
    {
        const auto written = cases().createCase(demoCase(reference));
        REQUIRE(written.ok());
        caseId = written.id;
    }
    core::CaseRepository cases() const
    {
        return core::CaseRepository(store->database(), QStringLiteral("Alex Example"),
                                    [] { return kMorning; });
    }
    core::LetterService service() const
    {
        return core::LetterService(store->database(), QStringLiteral("Alex Example"),
                                   [] { return kMorning; });
    }
    core::LetterRepository letters() const
    {
        return core::LetterRepository(store->database(), QStringLiteral("Alex Example"),
                                      [] { return kMorning; });
    }
    void saveContact() const
    {
        REQUIRE(letters().savePractitionerContact(letterSources(false).practitioner));
    }
    // Saves the letter to edit with every sentence ticked, to be given in person; returns its id.
    qint64 saveReadLetter(core::EasyReadLetter letter) const
    {
        letter.markEverySentenceReviewed(true);
        const core::LetterWriteResult saved = service().save(0, letter);
        REQUIRE(saved.ok());
        core::LetterDelivery inPerson;
        inPerson.route = core::LetterRoute::GiveInPerson;
        REQUIRE(service().recordDelivery(saved.id, inPerson).ok());
        return saved.id;
    }
};

QStringList everySentence(const core::EasyReadLetter& letter)
{
    QStringList sentences;
    for (const auto& section : letter.sections) {
        for (const auto& block : section.blocks) {
            for (const auto& sentence : block.sentences)
                sentences << sentence.text;
        }
    }
    return sentences;
}

// Every sentence still in colleagues' words, rewritten for the person.
void rewriteWorkerText(core::EasyReadLetter& letter)
{
    for (auto& section : letter.sections) {
        for (auto& block : section.blocks) {
            for (auto& sentence : block.sentences) {
                if (sentence.isWorkerText())
                    sentence.setText(QStringLiteral("We rewrote this for you."));
            }
        }
    }
}

} // namespace

TEST_CASE("the letter to edit and the letter to print are the same draft, advocate and contact included")
{
    ServiceStore fixture(QStringLiteral("DEMO-007"));
    fixture.saveContact();
    core::AdvocacyRepository advocacy(fixture.store->database(), QStringLiteral("Alex Example"),
                                      [] { return kMorning; });
    REQUIRE(advocacy
                .addReferral(fixture.caseId,
                             {QStringLiteral("Jo Sample"), core::AdvocateRole::CareAct,
                              QStringLiteral("Example Advocacy"), QDate(2026, 1, 12)})
                .ok());
    const auto edit = fixture.service().letterToEdit(fixture.caseId);
    const auto print = fixture.service().letterToPrint(fixture.caseId);
    REQUIRE(edit);
    REQUIRE(print);
    CHECK(print->draft);
    CHECK(core::letterToJsonBytes(edit->letter) == core::letterToJsonBytes(print->letter));
    const QStringList words = everySentence(edit->letter);
    CHECK(words.contains(QStringLiteral("Your advocate is Jo Sample from Example Advocacy.")));
    CHECK(words.contains(QStringLiteral("You can talk to me, Alex Example.")));
    CHECK(edit->letter.date == kMorning.date());
}

TEST_CASE("approval is refused without a named person and phone, saying where to add them")
{
    ServiceStore fixture(QStringLiteral("DEMO-007"));
    auto edit = fixture.service().letterToEdit(fixture.caseId);
    REQUIRE(edit);
    rewriteWorkerText(edit->letter);
    const qint64 id = fixture.saveReadLetter(edit->letter);

    const core::LetterWriteResult refused = fixture.service().approve(id);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("File → About you (who is writing)…")));
    CHECK_FALSE(fixture.letters().find(id)->approved());

    // A name but no number is still not enough: the person needs a number to ring.
    core::PractitionerContact nameOnly = letterSources(false).practitioner;
    nameOnly.phone.clear();
    REQUIRE(fixture.letters().savePractitionerContact(nameOnly));
    auto named = fixture.service().letterToEdit(fixture.caseId);
    REQUIRE(named->contactRedrafted);
    named->letter.markEverySentenceReviewed(true);
    REQUIRE(fixture.service().save(id, named->letter).ok());
    const core::LetterWriteResult noPhone = fixture.service().approve(id);
    CHECK_FALSE(noPhone.ok());
    CHECK(noPhone.error.contains(QStringLiteral("no phone number")));

    fixture.saveContact();
    auto complete = fixture.service().letterToEdit(fixture.caseId);
    complete->letter.markEverySentenceReviewed(true);
    REQUIRE(fixture.service().save(id, complete->letter).ok());
    CHECK(fixture.service().approve(id).ok());
}

TEST_CASE("approval is refused while any sentence is still in colleagues' words")
{
    ServiceStore fixture(QStringLiteral("DEMO-004"));
    fixture.saveContact();
    auto edit = fixture.service().letterToEdit(fixture.caseId);
    REQUIRE(edit);
    const qint64 id = fixture.saveReadLetter(edit->letter);
    const core::LetterWriteResult refused = fixture.service().approve(id);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("was written for colleagues")));
    std::size_t copied = 0;
    for (const core::LetterProblem& problem : edit->problems)
        copied += problem.kind == core::LetterProblemKind::WorkerText ? 1u : 0u;
    CHECK(copied == edit->letter.workerTextSentences().size());
    CHECK(copied >= 4); // the action, both reasons, what happens next

    rewriteWorkerText(edit->letter);
    edit->letter.markEverySentenceReviewed(true);
    REQUIRE(fixture.service().save(id, edit->letter).ok());
    CHECK(fixture.service().approve(id).ok());
    const auto print = fixture.service().letterToPrint(fixture.caseId);
    CHECK_FALSE(print->draft);
    CHECK(everySentence(print->letter).contains(QStringLiteral("We rewrote this for you.")));
}

TEST_CASE("an approved letter keeps the contact details it was approved with")
{
    ServiceStore fixture(QStringLiteral("DEMO-007"));
    fixture.saveContact();
    auto edit = fixture.service().letterToEdit(fixture.caseId);
    rewriteWorkerText(edit->letter);
    const qint64 id = fixture.saveReadLetter(edit->letter);
    REQUIRE(fixture.service().approve(id).ok());

    core::PractitionerContact moved = letterSources(false).practitioner;
    moved.phone = QStringLiteral("01632 960999");
    REQUIRE(fixture.letters().savePractitionerContact(moved));
    const auto again = fixture.service().letterToEdit(fixture.caseId);
    CHECK(again->approved);
    CHECK_FALSE(again->contactRedrafted);
    CHECK(everySentence(again->letter).contains(QStringLiteral("My phone number is 01632 960123.")));
}

TEST_CASE("a sentence rewritten in the letter is kept with its record, and the next letter starts from it")
{
    ServiceStore fixture(QStringLiteral("DEMO-004"));
    fixture.saveContact();
    auto edit = fixture.service().letterToEdit(fixture.caseId);
    REQUIRE(edit);
    bool offered = false;
    for (auto& section : edit->letter.sections) {
        for (auto& block : section.blocks) {
            for (auto& sentence : block.sentences) {
                if (sentence.text != QStringLiteral("Fire service: Home fire safety visit."))
                    continue;
                // A first draft for the person is offered with the colleagues' words.
                offered = sentence.suggestion
                    == QStringLiteral("The fire service did a home fire safety visit.");
                sentence.setText(QStringLiteral("The fire service checked your smoke alarms."));
            }
        }
    }
    CHECK(offered);
    REQUIRE(fixture.service().save(0, edit->letter).ok());

    const core::CaseRecord record = *fixture.cases().load(fixture.caseId);
    CHECK(record.actions.front().letterWording
          == QStringLiteral("The fire service checked your smoke alarms."));
    // Records whose sentences are still colleagues' words keep nothing yet.
    CHECK(record.closure->letterNext.isEmpty());

    const auto next = fixture.service().draftFromCase(fixture.caseId);
    REQUIRE(next);
    CHECK(everySentence(*next).contains(QStringLiteral("The fire service checked your smoke alarms.")));
    for (const core::LetterSentence* copied : next->workerTextSentences())
        CHECK(copied->text != QStringLiteral("The fire service checked your smoke alarms."));
}

TEST_CASE("approval waits for how the letter will reach them and whether others there may read it")
{
    ServiceStore fixture(QStringLiteral("DEMO-008"));
    fixture.saveContact();
    auto edit = fixture.service().letterToEdit(fixture.caseId);
    rewriteWorkerText(edit->letter);
    edit->letter.markEverySentenceReviewed(true);
    const core::LetterWriteResult saved = fixture.service().save(0, edit->letter);
    REQUIRE(saved.ok());

    const core::LetterWriteResult notAsked = fixture.service().approve(saved.id);
    CHECK_FALSE(notAsked.ok());
    CHECK(notAsked.error.contains(QStringLiteral("how the letter will reach Arthur")));

    core::LetterDelivery home;
    home.route = core::LetterRoute::PostToTheirHome;
    REQUIRE(fixture.service().recordDelivery(saved.id, home).ok());
    const core::LetterWriteResult unknown = fixture.service().approve(saved.id);
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.error.contains(QStringLiteral("give it to Arthur in person")));

    // His son lives there: it may be posted only without what happened.
    home.othersMayRead = core::YesNoUnknown::Yes;
    home.note = QStringLiteral("His son lives with him.");
    REQUIRE(fixture.service().recordDelivery(saved.id, home).ok());
    REQUIRE(fixture.service().approve(saved.id).ok());
    const auto print = fixture.service().letterToPrint(fixture.caseId);
    REQUIRE(print);
    CHECK(print->shortenedForPost);
    const QStringList posted = everySentence(print->letter);
    CHECK(posted.contains(QStringLiteral("I would like to talk with you.")));
    CHECK(posted.contains(QStringLiteral("My phone number is 01632 960123.")));
    for (const QString& sentence : posted) {
        INFO(sentence.toStdString());
        CHECK_FALSE(sentence.contains(QStringLiteral("son")));
        CHECK_FALSE(sentence.contains(QStringLiteral("happen")));
        CHECK_FALSE(sentence.contains(QStringLiteral("safe")));
    }

    // The answer is in the letter's history, in words.
    bool answered = false;
    for (const core::HistoryEntry& entry : fixture.service().history(saved.id))
        answered = answered
            || (entry.field == QStringLiteral("safe to send")
                && entry.newValue.contains(QStringLiteral("Post it to their home"))
                && entry.newValue.contains(QStringLiteral("may read it: yes")));
    CHECK(answered);
}

TEST_CASE("a letter to be given in person is printed whole")
{
    ServiceStore fixture(QStringLiteral("DEMO-008"));
    fixture.saveContact();
    auto edit = fixture.service().letterToEdit(fixture.caseId);
    rewriteWorkerText(edit->letter);
    const qint64 id = fixture.saveReadLetter(edit->letter);
    REQUIRE(fixture.service().approve(id).ok());
    const auto print = fixture.service().letterToPrint(fixture.caseId);
    CHECK_FALSE(print->shortenedForPost);
    CHECK(everySentence(print->letter)
              .contains(QStringLiteral("For my son to move out, but still visit on Sundays.")));
}

TEST_CASE("a draft saved before colleagues' words were marked has them marked when it opens again")
{
    ServiceStore fixture(QStringLiteral("DEMO-004"));
    fixture.saveContact();
    auto edit = fixture.service().letterToEdit(fixture.caseId);
    // As an older Alongside saved it: the same words, with no marks.
    for (auto& section : edit->letter.sections) {
        for (auto& block : section.blocks) {
            for (auto& sentence : block.sentences) {
                sentence.copiedFrom.clear();
                sentence.fromRecord.clear();
            }
        }
    }
    REQUIRE(edit->letter.workerTextSentences().empty());
    REQUIRE(fixture.service().save(0, edit->letter).ok());
    const auto again = fixture.service().letterToEdit(fixture.caseId);
    QStringList copied;
    for (const core::LetterSentence* sentence : again->letter.workerTextSentences())
        copied << sentence->text;
    CHECK(copied.contains(QStringLiteral("Fire service: Home fire safety visit.")));
}
