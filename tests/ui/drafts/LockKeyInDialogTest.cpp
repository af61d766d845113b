#include "drafts/DraftWindow.h"

#include "shell/MainWindowActions.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QTimer>

using namespace alongside;
using namespace alongside::test;

// Ctrl+L with a dialog open locks the window, as it does everywhere else; before, Qt let no
// window shortcut through a modal dialog, and the passphrase typed next went into the record.

namespace {

void whenTheDialogIsOpen(QObject* context, std::function<void(QDialog*)> inside)
{
    QTimer::singleShot(0, context, [inside = std::move(inside)] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        inside(dialog);
    });
}

} // namespace

TEST_CASE("Ctrl+L in the New case dialog locks the window, and what was typed is there after unlocking")
{
    DraftWindow at;
    whenTheDialogIsOpen(at.window.get(), [](QDialog* dialog) {
        auto* given = child<QLineEdit>(*dialog, "newCaseGivenName");
        QTest::keyClicks(given, QStringLiteral("Doreen"));
        QTest::keyClick(given, Qt::Key_L, Qt::ControlModifier);
        // Not locked yet would leave the dialog open for ever: close it so the test ends.
        QTimer::singleShot(2000, dialog, &QDialog::reject);
    });
    at.window->actions()->newCase()->trigger();
    REQUIRE(QTest::qWaitFor([&] { return at.window->workspace() == nullptr; }, 3000));

    at.unlock();
    QString carriedOn;
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        carriedOn = child<QLineEdit>(*dialog, "newCaseGivenName")->text();
        dialog->reject();
    });
    at.window->actions()->newCase()->trigger();
    CHECK(carriedOn == QStringLiteral("Doreen")); // kept, and no stray "l" typed by the key
}
