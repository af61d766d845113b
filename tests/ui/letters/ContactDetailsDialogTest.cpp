#include "letters/LetterEditorFixture.h"

#include "harness/WindowDriving.h"

#include "letters/ContactDetailsDialog.h"
#include "letters/SentenceEdit.h"

#include <QImage>
#include <QLineEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("the practitioner's contact details are kept in the store and printed in the next letter")
{
    LetterEditorFixture fixture;
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
    LetterEditorFixture fixture;
    ui::LetterEditor* editor = fixture.openEditor(fixture.stories.priya);
    CHECK(editor->findChild<QWidget*>(QStringLiteral("contactMissing"))->isVisible());
}
