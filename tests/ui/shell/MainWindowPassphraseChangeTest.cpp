#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "dialogs/ChangePassphraseDialog.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"
#include "storage/store/StoreError.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace alongside;
using namespace alongside::test;

namespace {

const QString kNewPassphrase = QString::fromLatin1(kOtherPassphrase);

void unlockWith(ui::MainWindow& window, const QString& passphrase)
{
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), passphrase);
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
}

// Fills in the modal dialog once it is up (from inside its own event loop), submits it, waits
// for the change to end, notes what it said, then closes it.
QString changeThroughDialog(ui::MainWindow& window, const QString& current, const QString& next)
{
    QString said;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<ui::ChangePassphraseDialog*>();
        REQUIRE(dialog != nullptr);
        QTest::keyClicks(child<QLineEdit>(*dialog, "currentPassphrase"), current);
        QTest::keyClicks(child<QLineEdit>(*dialog, "newPassphrase"), next);
        QTest::keyClicks(child<QLineEdit>(*dialog, "confirmPassphrase"), next);
        QTest::mouseClick(child<QPushButton>(*dialog, "changePassphraseButton"), Qt::LeftButton);
        // The slow part runs on a worker; the dialog says when the change has ended.
        REQUIRE(QTest::qWaitFor([&] { return !dialog->isChanging(); }, kSlowEnough));
        said = child<QLabel>(*dialog, "changePassphraseMessage")->text();
        dialog->reject();
    });
    window.actions()->changePassphrase()->trigger(); // returns when the dialog has closed
    return said;
}

} // namespace

TEST_CASE("changing the passphrase says so, keeps the workspace and quick note, and only the new one unlocks")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    unlockWith(window, QString::fromLatin1(kPassphrase));
    QTest::keyClicks(child<QPlainTextEdit>(window, "quickNote"), QStringLiteral("Chase the GP"));
    const ui::WorkspacePage* before = window.workspace();

    const QString said = changeThroughDialog(window, QString::fromLatin1(kPassphrase), kNewPassphrase);
    CHECK(said.contains(QStringLiteral("has been changed")));
    // The same workspace, not a rebuilt one: the store reopened its own connections under the
    // new key, so nothing on screen had to be made again (which held up the window 100–140 ms).
    CHECK(window.workspace() == before);
    CHECK(child<QPlainTextEdit>(window, "quickNote")->toPlainText() == QStringLiteral("Chase the GP"));
    // And it still writes, into the re-keyed file: what is typed now is saved as the window locks.
    QTest::keyClicks(child<QPlainTextEdit>(window, "quickNote"), QStringLiteral(" today"));

    window.lockNow();
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    auto* message = child<QLabel>(window, "unlockMessage");
    REQUIRE(QTest::qWaitFor([&] { return message->isVisible(); }, kSlowEnough));
    CHECK(message->text() == core::describe(core::StoreErrorKind::WrongPassphrase));
    unlockWith(window, kNewPassphrase);
    CHECK(child<QPlainTextEdit>(window, "quickNote")->toPlainText() == QStringLiteral("Chase the GP today"));
}

TEST_CASE("a wrong current passphrase leaves the passphrase as it was and says why")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    unlockWith(window, QString::fromLatin1(kPassphrase));

    const QString said = changeThroughDialog(window, QStringLiteral("not my passphrase"), kNewPassphrase);
    CHECK(said == core::describe(core::StoreErrorKind::WrongPassphrase));
    CHECK(window.workspace() != nullptr);

    window.lockNow();
    unlockWith(window, QString::fromLatin1(kPassphrase));
}
