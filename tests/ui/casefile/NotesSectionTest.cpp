#include "harness/CaseViewFixture.h"
#include "harness/WindowDriving.h"

#include "casefile/NoteCard.h"
#include "casefile/NotesSection.h"
#include "common/GentleNote.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

namespace {
ui::NoteCard* cardFor(const ui::NotesSection& notes, qint64 noteId)
{
    for (ui::NoteCard* card : notes.cards()) {
        if (card->noteId() == noteId)
            return card;
    }
    return nullptr;
}
} // namespace

TEST_CASE(
    "correcting a note from an earlier day is refused with the record's reason and an addendum is offered")
{
    CaseViewFixture fixture;
    const qint64 doris = fixture.stories.doris;
    const qint64 noteId = fixture.stories.dorisNote; // written 20 February; today is 2 March
    auto view = fixture.openView(doris);
    ui::NoteCard* card = cardFor(*view->notes(), noteId);
    REQUIRE(card != nullptr);

    QTest::mouseClick(card->correctButton(), Qt::LeftButton);
    QTest::keyClicks(card->editor(), QStringLiteral(" She said it was the new carer."));
    QTest::mouseClick(card->saveButton(), Qt::LeftButton);
    CaseViewFixture::settle();

    CHECK(card->refusal()->isVisible());
    CHECK(card->refusal()->text().contains(QStringLiteral("Add an addendum")));
    CHECK(card->addendumButton()->isVisible());
    CHECK(fixture.stored(doris).notes.front().body == QStringLiteral("Agency manager rang back."));

    // Taking the offer keeps what was typed and adds it under the note, which stays as it was.
    QTest::mouseClick(card->addendumButton(), Qt::LeftButton);
    CHECK(card->editor()->toPlainText().contains(QStringLiteral("She said it was the new carer.")));
    card->editor()->setPlainText(QStringLiteral("She said it was the new carer."));
    QTest::mouseClick(card->saveButton(), Qt::LeftButton);
    CaseViewFixture::settle();

    const core::CaseRecord record = fixture.stored(doris);
    REQUIRE(record.notes.size() == 2);
    CHECK(record.notes[0].body == QStringLiteral("Agency manager rang back."));
    CHECK(record.notes[1].addendumTo == noteId);
    CHECK(record.notes[1].body == QStringLiteral("She said it was the new carer."));
    ui::NoteCard* shown = cardFor(*view->notes(), noteId);
    REQUIRE(shown != nullptr);
    const auto* addendum = shown->findChild<QLabel*>(QStringLiteral("noteAddendum"));
    REQUIRE(addendum != nullptr);
    CHECK(addendum->text().contains(QStringLiteral("She said it was the new carer.")));
}

TEST_CASE("a note written today can still be corrected today")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    auto view = fixture.openView(sam);
    QTest::keyClicks(view->notes()->newNote(), QStringLiteral("Pharmacy to deliver on Tuseday."));
    QTest::mouseClick(view->notes()->addButton(), Qt::LeftButton);
    CaseViewFixture::settle();
    REQUIRE(view->notes()->cards().size() == 1);
    ui::NoteCard* card = view->notes()->cards().front();

    QTest::mouseClick(card->correctButton(), Qt::LeftButton);
    card->editor()->setPlainText(QStringLiteral("Pharmacy to deliver on Tuesday."));
    QTest::mouseClick(card->saveButton(), Qt::LeftButton);
    CaseViewFixture::settle();

    const core::CaseRecord record = fixture.stored(sam);
    REQUIRE(record.notes.size() == 1);
    CHECK(record.notes.front().body == QStringLiteral("Pharmacy to deliver on Tuesday."));
}
