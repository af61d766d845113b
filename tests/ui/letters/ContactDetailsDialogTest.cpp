#include "letters/LetterEditorFixture.h"

#include "harness/WindowDriving.h"

#include "common/GentleNote.h"
#include "letters/ContactDetailsDialog.h"
#include "letters/SentenceEdit.h"

#include <QCheckBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("the practitioner's contact details are kept in the store and printed in the next letter")
{
    LetterEditorFixture fixture(LetterEditorFixture::Contact::NotSaved);
    ui::ContactDetailsDialog dialog(core::PractitionerContact{}, fixture.chooser);
    QTest::keyClicks(dialog.nameField(), QStringLiteral("Jo Example"));
    QTest::keyClicks(dialog.roleField(), QStringLiteral("Social worker"));
    QTest::keyClicks(dialog.teamField(), QStringLiteral("Adult Safeguarding Team"));
    QTest::keyClicks(dialog.phoneField(), QStringLiteral("01234 567890"));

    // A picture of themselves, chosen through the (scripted) file dialog.
    fixture.chooser->picture = fixture.output.filePath(QStringLiteral("jo.png"));
    QImage face(64, 64, QImage::Format_RGB32);
    face.fill(QColor(0x8f, 0xb3, 0xa8));
    REQUIRE(face.save(fixture.chooser->picture));
    QTest::mouseClick(dialog.choosePictureButton(), Qt::LeftButton);

    const core::PractitionerContact contact = dialog.contact();
    CHECK(contact.name == QStringLiteral("Jo Example"));
    CHECK(contact.phone == QStringLiteral("01234 567890"));
    CHECK_FALSE(contact.picture.isEmpty());
    REQUIRE(fixture.letters().savePractitionerContact(contact));

    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya);
    QStringList words;
    for (ui::SentenceEdit* sentence : editor->sentences())
        words << sentence->sentenceText();
    CHECK(words.join(u' ').contains(QStringLiteral("01234 567890")));
    CHECK(words.join(u' ').contains(QStringLiteral("Jo Example")));
    CHECK(editor->findChild<QWidget*>(QStringLiteral("contactMissing"))->isHidden());
}

TEST_CASE("a letter written before the contact details are set says where to add them")
{
    LetterEditorFixture fixture(LetterEditorFixture::Contact::NotSaved);
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya);
    CHECK(editor->findChild<QWidget*>(QStringLiteral("contactMissing"))->isVisible());
}

TEST_CASE("approval is refused without a named contact and phone, with where to add them")
{
    LetterEditorFixture fixture(LetterEditorFixture::Contact::NotSaved);
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya);
    editor->readEverySentence()->click();
    QTest::mouseClick(editor->approveButton(), Qt::LeftButton);
    CHECK_FALSE(editor->isApproved());
    CHECK_FALSE(editor->pdfButton()->isEnabled());
    CHECK(editor->status()->text().contains(QStringLiteral("File → About you (who is writing)…")));
    CHECK_FALSE(fixture.letters().find(editor->letterId())->approved());
}

TEST_CASE("contact details added after a letter was drafted are put into it when it opens again")
{
    LetterEditorFixture fixture(LetterEditorFixture::Contact::NotSaved);
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya);
    REQUIRE(editor->saveDraft());
    editor->close();
    LetterEditorFixture::settle();
    REQUIRE(fixture.letters().savePractitionerContact(LetterEditorFixture::practitioner()));

    ui::LetterEditor* again = fixture.openEditor(fixture.stories.priya);
    QStringList words;
    for (ui::SentenceEdit* sentence : again->sentences())
        words << sentence->sentenceText();
    CHECK(words.contains(QStringLiteral("You can talk to me, Alex Example.")));
    CHECK(words.contains(QStringLiteral("My phone number is 01632 960123.")));
    CHECK(again->findChild<QWidget*>(QStringLiteral("contactMissing"))->isHidden());
    again->readEverySentence()->click();
    QTest::mouseClick(again->approveButton(), Qt::LeftButton);
    CHECK(again->isApproved());
}
