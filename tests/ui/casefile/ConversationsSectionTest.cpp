#include "harness/CaseViewFixture.h"
#include "harness/WindowDriving.h"

#include "casefile/ConversationForm.h"
#include "casefile/ConversationsSection.h"
#include "casefile/QuoteCapture.h"
#include "storage/repositories/DraftRepository.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace alongside;
using namespace alongside::test;

namespace {
const QString kFirstWords = QStringLiteral("I'd like my son to stop shouting");
const QString kSecondWords = QStringLiteral("I want to stay here");
const QString kNotes = QStringLiteral("We talked in the garden while his son was out.");

QStringList labelTexts(const QWidget& root, const char* objectName)
{
    QStringList texts;
    for (const QLabel* label : root.findChildren<QLabel*>(QString::fromLatin1(objectName)))
        texts << label->text();
    return texts;
}
} // namespace

TEST_CASE("a conversation saved with the person's words keeps each quote apart from the notes")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    {
        auto view = fixture.openView(sam);
        ui::ConversationsSection* section = view->conversations();
        QTest::mouseClick(section->recordButton(), Qt::LeftButton);
        ui::ConversationForm* form = section->form();
        REQUIRE(form->isVisible());
        QTest::keyClicks(form->place(), QStringLiteral("In the garden"));
        form->seenAloneYes()->click();
        QTest::keyClicks(form->notes(), kNotes);
        // One quote kept with Enter, the next still in the box when Save is pressed.
        QTest::keyClicks(form->words()->editor(), kFirstWords);
        QTest::keyClick(form->words()->editor(), Qt::Key_Return);
        QTest::keyClicks(form->words()->editor(), kSecondWords);
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        CaseViewFixture::settle();
        CHECK_FALSE(form->isVisible());
    }

    const core::CaseRecord record = fixture.stored(sam);
    REQUIRE(record.conversations.size() == 2);
    const core::Conversation& saved = record.conversations.back();
    CHECK(saved.personsWords == QStringList{kFirstWords, kSecondWords});
    CHECK(saved.notes == kNotes);
    CHECK(saved.seenAlone);
    CHECK(saved.place == QStringLiteral("In the garden"));
    CHECK(saved.author == QStringLiteral("Test Practitioner"));

    // Opened afresh, the words show as quotes and the notes as notes, neither inside the other.
    auto reopened = fixture.openView(sam);
    const QStringList quotes = labelTexts(*reopened->conversations(), "personsWords");
    CHECK(quotes.contains(QStringLiteral("“%1”").arg(kFirstWords)));
    CHECK(quotes.contains(QStringLiteral("“%1”").arg(kSecondWords)));
    const QStringList notes = labelTexts(*reopened->conversations(), "conversationNotes");
    CHECK(notes.contains(kNotes));
    for (const QString& note : notes)
        CHECK_FALSE(note.contains(kFirstWords));
    CHECK(core::DraftRepository(fixture.database()).count() == 0); // saved, so no draft left
}

TEST_CASE("what is typed in a conversation is kept as a draft and is there again when the case is reopened")
{
    CaseViewFixture fixture;
    const qint64 doris = fixture.stories.doris;
    const QString key = ui::ConversationForm::draftKey(doris);
    core::DraftRepository drafts(fixture.database());
    {
        auto view = fixture.openView(doris);
        ui::ConversationForm* form = view->conversations()->form();
        form->setSaveDelay(std::chrono::milliseconds(50));
        QTest::mouseClick(view->conversations()->recordButton(), Qt::LeftButton);
        QTest::keyClicks(form->notes(), kNotes);
        QTest::keyClicks(form->words()->editor(), kFirstWords);
        QTest::keyClick(form->words()->editor(), Qt::Key_Return);
        QTest::keyClicks(form->words()->editor(), kSecondWords); // still typing
        CHECK_FALSE(drafts.find(key).has_value());
        REQUIRE(QTest::qWaitFor([&] { return !form->hasUnsavedChanges(); }, 5000));
        REQUIRE(drafts.find(key).has_value());
    }

    auto reopened = fixture.openView(doris);
    ui::ConversationForm* form = reopened->conversations()->form();
    CHECK(form->isVisibleTo(reopened.get()));
    CHECK(form->notes()->toPlainText() == kNotes);
    CHECK(form->words()->kept() == QStringList{kFirstWords});
    CHECK(form->words()->typing() == kSecondWords);
    CHECK(form->draftState()->text().startsWith(QStringLiteral("Carried on from your draft")));
    CHECK(fixture.stored(doris).conversations.size() == 1); // a draft is not a record
}

TEST_CASE("moving to another case keeps the first case's conversation draft without waiting for the pause")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.doris);
    ui::ConversationForm* form = view->conversations()->form();
    form->setSaveDelay(std::chrono::minutes(5)); // the pause never comes
    QTest::mouseClick(view->conversations()->recordButton(), Qt::LeftButton);
    QTest::keyClicks(form->notes(), kNotes);

    view->open(fixture.stories.priya);
    CHECK(form->notes()->toPlainText().isEmpty()); // Priya's form is her own
    const auto draft =
        core::DraftRepository(fixture.database()).find(ui::ConversationForm::draftKey(fixture.stories.doris));
    REQUIRE(draft.has_value());
    CHECK(draft->body.contains(kNotes));
}

TEST_CASE("a conversation where the person was not seen alone asks why and when, and says so afterwards")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.doris);
    ui::ConversationForm* form = view->conversations()->form();
    QTest::mouseClick(view->conversations()->recordButton(), Qt::LeftButton);
    // Nothing assumed either way (a conversation saved without an answer counts as not alone,
    // so the flag stays): neither answer is chosen until the practitioner chooses one.
    CHECK_FALSE(form->seenAloneYes()->isChecked());
    CHECK_FALSE(form->seenAloneNo()->isChecked());
    auto* reason = child<QLineEdit>(*form, "notAloneReason");
    form->seenAloneNo()->click();
    CHECK(reason->isVisible());
    form->seenAloneYes()->click();
    CHECK_FALSE(reason->isVisible());
    form->seenAloneNo()->click();
    QTest::keyClicks(reason, QStringLiteral("Her daughter stayed"));
    QTest::keyClicks(form->notes(), QStringLiteral("Short visit."));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    CaseViewFixture::settle();

    const core::Conversation saved = fixture.stored(fixture.stories.doris).conversations.back();
    CHECK_FALSE(saved.seenAlone);
    CHECK(saved.notAloneReason == QStringLiteral("Her daughter stayed"));
    CHECK(labelTexts(*view->conversations(), "conversationSeenAlone")
              .contains(
                  QStringLiteral("Not seen on their own: Her daughter stayed. No time alone planned yet.")));
}
