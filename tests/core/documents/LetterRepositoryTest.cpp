#include "documents/LetterFixtures.h"

#include "documents/EasyReadLetterBuilder.h"
#include "storage/repositories/CaseRepository.h"
#include "storage/repositories/LetterRepository.h"
#include "storage/repositories/RecordHistory.h"
#include "support/Catch.h"
#include "support/TestStores.h"

using namespace alongside;
using namespace alongside::test;

namespace {

const QDateTime kMorning(QDate(2026, 3, 3), QTime(9, 30));

struct LetterStore {
    TempStoreFolder folder;
    std::unique_ptr<core::Store> store = createStore(folder.storePath());
    qint64 caseId = 0;
    QDateTime now = kMorning;

    LetterStore()
    {
        core::CaseRepository cases(store->database(), QStringLiteral("Alex Example"), [this] { return now; });
        const auto written = cases.createCase(demoCase(QStringLiteral("DEMO-007")));
        REQUIRE(written.ok());
        caseId = written.id;
    }
    core::LetterRepository letters()
    {
        return core::LetterRepository(store->database(), QStringLiteral("Alex Example"),
                                      [this] { return now; });
    }
    core::EasyReadLetter draft()
    {
        auto letter = core::buildEasyReadLetter(*core::CaseRepository(store->database(), {}).load(caseId),
                                                letterSources(false));
        return letter;
    }
};

} // namespace

TEST_CASE("the practitioner's contact details are kept once and read back for every letter")
{
    LetterStore fixture;
    auto letters = fixture.letters();
    CHECK_FALSE(letters.practitionerContact());
    core::PractitionerContact me = letterSources(false).practitioner;
    me.picture = QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    REQUIRE(letters.savePractitionerContact(me));
    me.phone = QStringLiteral("01632 960999");
    REQUIRE(letters.savePractitionerContact(me));
    const auto back = letters.practitionerContact();
    REQUIRE(back);
    CHECK(back->name == QStringLiteral("Alex Example"));
    CHECK(back->phone == QStringLiteral("01632 960999"));
    CHECK(back->picture == me.picture);
}

TEST_CASE("a letter cannot be approved until every sentence has been reviewed")
{
    LetterStore fixture;
    auto letters = fixture.letters();
    auto letter = fixture.draft();
    const auto saved = letters.save(0, letter);
    REQUIRE(saved.ok());
    const auto refused = letters.approve(saved.id);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("0 of")));
    CHECK_FALSE(letters.latestApprovedForCase(fixture.caseId));

    letter.markEverySentenceReviewed(true);
    REQUIRE(letters.save(saved.id, letter).ok());
    fixture.now = kMorning.addSecs(600);
    REQUIRE(letters.approve(saved.id).ok());
    const auto approved = letters.latestApprovedForCase(fixture.caseId);
    REQUIRE(approved);
    CHECK(approved->approvedBy == QStringLiteral("Alex Example"));
    CHECK(approved->approvedAt == kMorning.addSecs(600));
    CHECK(approved->letter.everySentenceReviewed());
}

TEST_CASE("changing the words of an approved letter takes the approval away and is in the history")
{
    LetterStore fixture;
    auto letters = fixture.letters();
    auto letter = fixture.draft();
    letter.markEverySentenceReviewed(true);
    const auto saved = letters.save(0, letter);
    REQUIRE(letters.approve(saved.id).ok());

    letter.largePrint = true; // not a change of words: still approved
    REQUIRE(letters.save(saved.id, letter).ok());
    CHECK(letters.find(saved.id)->approved());

    letter.sections.front().blocks.front().sentences.front().setText(
        QStringLiteral("This letter is for you, Win."));
    fixture.now = kMorning.addSecs(3600);
    REQUIRE(letters.save(saved.id, letter).ok());
    const auto changed = letters.find(saved.id);
    REQUIRE(changed);
    CHECK_FALSE(changed->approved());
    CHECK(changed->letter.largePrint);
    CHECK(changed->updatedAt == kMorning.addSecs(3600));

    bool approvalWithdrawn = false;
    bool textChanged = false;
    for (const auto& entry : core::RecordHistory::read(fixture.store->database(), fixture.caseId)) {
        if (entry.record != QStringLiteral("letter"))
            continue;
        approvalWithdrawn = approvalWithdrawn
            || (entry.field == QStringLiteral("approved") && entry.newValue.isEmpty());
        textChanged = textChanged || entry.newValue.contains(QStringLiteral("This letter is for you, Win."));
    }
    CHECK(approvalWithdrawn);
    CHECK(textChanged);
}

TEST_CASE("a letter for a case that does not exist is refused and nothing is saved")
{
    LetterStore fixture;
    auto letters = fixture.letters();
    auto letter = fixture.draft();
    letter.caseId = fixture.caseId + 100;
    const auto refused = letters.save(0, letter);
    CHECK_FALSE(refused.ok());
    CHECK(letters.forCase(letter.caseId).empty());
}
