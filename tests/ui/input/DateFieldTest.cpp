#include "harness/DialogDriving.h"
#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "common/DateField.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

namespace {
ui::DateField* birthField()
{
    auto* field = new ui::DateField(ui::DateDirection::Past);
    field->setToday([] { return ShellFixture::today(); });
    field->offerNotKnown(QStringLiteral("Not known"));
    field->show();
    return field;
}
} // namespace

TEST_CASE("a date typed as 12 Mar 1941 is kept as that day and shown as read when the field is left")
{
    std::unique_ptr<ui::DateField> field(birthField());
    field->editor()->setFocus();
    QTest::keyClicks(field->editor(), QStringLiteral("12/3/41"));
    CHECK(field->date() == QDate(1941, 3, 12));
    QTest::keyClick(field->editor(), Qt::Key_Tab);
    emit field->editor()->editingFinished();
    CHECK(field->editor()->text() == QStringLiteral("12 Mar 1941"));
}

TEST_CASE("text that is not a date stays in the box with a plain line under it, and names no day")
{
    std::unique_ptr<ui::DateField> field(birthField());
    QTest::keyClicks(field->editor(), QStringLiteral("31/02/1941"));
    emit field->editor()->editingFinished();
    CHECK(field->editor()->text() == QStringLiteral("31/02/1941"));
    CHECK_FALSE(field->date().isValid());
    auto* problem = child<QLabel>(*field, "dateProblem");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("no 31 February 1941")));
}

TEST_CASE("\"Not known\" is a tick beside the date, not a made-up day")
{
    std::unique_ptr<ui::DateField> field(birthField());
    field->setDate(QDate(1941, 3, 12));
    CHECK_FALSE(field->isNotKnown());
    field->notKnownBox()->click();
    CHECK(field->isNotKnown());
    CHECK_FALSE(field->date().isValid());
    CHECK(field->editor()->text().isEmpty());
    CHECK_FALSE(field->editor()->isEnabled());
}

TEST_CASE(
    "a date of birth typed into Change details is saved, and the NHS number typed after it stays its own")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.sam);
    bool saved = false;
    const bool opened = whileDialogOpen(
        [&] { QTest::mouseClick(child<QPushButton>(*view, "changePersonButton"), Qt::LeftButton); },
        [&](QDialog* dialog) {
            auto* born = dialog->findChild<ui::DateField*>(QStringLiteral("dateOfBirth"));
            CHECK(born != nullptr);
            if (!born) {
                dialog->reject();
                return;
            }
            QApplication::setActiveWindow(dialog); // as the window manager does for a new dialog
            born->editor()->setFocus(Qt::TabFocusReason);
            QTest::keyClicks(born->editor(), QStringLiteral("12 Mar 1941"));
            QTest::keyClick(born->editor(), Qt::Key_Tab);              // past "Not known"…
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // …on to the NHS number
            CHECK(QApplication::focusWidget() == dialog->findChild<QLineEdit*>(QStringLiteral("nhsNumber")));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("9434765919"));
            dialog->findChild<QPushButton*>(QStringLiteral("savePerson"))->click();
            saved = dialog->result() == QDialog::Accepted;
        });
    REQUIRE(opened);
    CHECK(saved);
    const core::CaseRecord stored = shell.storedAfterLock(shell.stories.sam);
    CHECK(stored.person.dateOfBirth == QDate(1941, 3, 12));
    CHECK(stored.person.nhsNumber == QStringLiteral("9434765919"));
}
