#include "harness/DialogDriving.h"
#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "shell/MainWindowActions.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

namespace {
// Types into whatever has the keyboard when the dialog appears, as a person would start typing.
QString typedOnOpening(const std::function<void()>& open, const char* firstField)
{
    QString landed;
    const bool opened = whileDialogOpen(open, [&](QDialog* dialog) {
        QApplication::setActiveWindow(dialog);
        QTest::qWait(50);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Win"));
        if (auto* field = dialog->findChild<QLineEdit*>(QString::fromLatin1(firstField)))
            landed = field->text();
        dialog->reject();
    });
    CHECK(opened);
    return landed;
}
} // namespace

TEST_CASE("New case opens with the keyboard in the first field, so the first keystrokes are kept")
{
    StoriesWindow shell;
    const QString typed = typedOnOpening([&] { shell.window().actions()->newCase()->trigger(); },
                                         "newCaseGivenName");
    CHECK(typed == QStringLiteral("Win"));
}

TEST_CASE("Change details opens with the keyboard in the first field, so the first keystrokes are kept")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.sam);
    const QString typed = typedOnOpening(
        [&] { QTest::mouseClick(child<QPushButton>(*view, "changePersonButton"), Qt::LeftButton); },
        "givenName");
    CHECK(typed.endsWith(QStringLiteral("Win"))); // in his given names, not lost on the scroll area
}
