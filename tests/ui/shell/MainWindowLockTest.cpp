#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "lock/IdleLockTimer.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"
#include "storage/repositories/DraftRepository.h"

#include <QAction>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlDatabase>

using namespace alongside;
using namespace alongside::test;

namespace {

const QString kNote = QStringLiteral("Ring Doris's daughter back after 3pm about the agency meeting");

void unlockWith(ui::MainWindow& window, const QString& passphrase = QString::fromLatin1(kPassphrase))
{
    auto* field = child<QLineEdit>(window, "unlockPassphrase");
    REQUIRE(field->isVisible());
    typeAndEnter(field, passphrase);
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
}

} // namespace

TEST_CASE("locking saves the quick note, drops the connection, and unlocking brings the note back")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    unlockWith(window);
    REQUIRE_FALSE(QSqlDatabase::connectionNames().isEmpty());

    // Lock straight after typing, before the autosave pause has passed: only the save on
    // locking can keep this note.
    QTest::keyClicks(child<QPlainTextEdit>(window, "quickNote"), kNote);
    window.actions()->lock()->trigger();

    CHECK(window.workspace() == nullptr);
    CHECK(child<QWidget>(window, "unlockPage")->isVisible());
    CHECK(QSqlDatabase::connectionNames().isEmpty());
    CHECK_FALSE(window.actions()->lock()->isEnabled());

    unlockWith(window);
    CHECK(child<QPlainTextEdit>(window, "quickNote")->toPlainText() == kNote);
}

TEST_CASE("after locking the note is in the encrypted store, nowhere in clear, and the file lock is free")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    unlockWith(window);
    QTest::keyClicks(child<QPlainTextEdit>(window, "quickNote"), kNote);
    window.lockNow();

    for (const QString& file : {fixture.storePath(), fixture.storePath() + QStringLiteral("-wal")})
        CHECK_FALSE(readWholeFile(file).contains(kNote.toUtf8()));

    // Another opener succeeds only if the window really let go of the store.
    core::StoreError error;
    const auto store = openStore(fixture.storePath(), QString::fromLatin1(kPassphrase), &error);
    REQUIRE(store);
    const auto draft = core::DraftRepository(store->database()).find(QStringLiteral("quick-note"));
    REQUIRE(draft.has_value());
    CHECK(draft->body.contains(kNote));
}

TEST_CASE("the window locks itself when nobody has used it for the idle interval")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    unlockWith(window);
    REQUIRE(window.idleLockTimer()->isActive());

    window.idleLockTimer()->setInterval(std::chrono::milliseconds(200));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() == nullptr; }, 5000));
    CHECK(child<QWidget>(window, "unlockPage")->isVisible());
    CHECK(QSqlDatabase::connectionNames().isEmpty());
    CHECK_FALSE(window.idleLockTimer()->isActive());
}

TEST_CASE("the idle lock waits five minutes unless the settings say otherwise")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    {
        ui::MainWindow window(fixture.context());
        CHECK(window.idleLockTimer()->interval() == std::chrono::minutes(5));
    }
    QSettings(fixture.settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("lock/idleMinutes"), 12);
    ui::MainWindow window(fixture.context());
    CHECK(window.idleLockTimer()->interval() == std::chrono::minutes(12));
}

TEST_CASE("a lock that comes while the store is still opening keeps it locked: the caseload is not shown")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* field = child<QLineEdit>(window, "unlockPassphrase");
    REQUIRE(field->isVisible());

    // The passphrase is typed and Unlock pressed; the key is still being worked out when the
    // desktop locks (or the idle timer fires).
    typeAndEnter(field, QString::fromLatin1(kPassphrase));
    REQUIRE_FALSE(field->isEnabled());
    window.lockNow();
    REQUIRE(QTest::qWaitFor([&] { return field->isEnabled(); }, kSlowEnough));
    QTest::qWait(50); // any turn of the event loop that might still open the workspace

    CHECK(window.workspace() == nullptr);
    CHECK(child<QWidget>(window, "unlockPage")->isVisible());
    CHECK(QSqlDatabase::connectionNames().isEmpty());

    // Nothing is refused: the passphrase opens it as usual.
    unlockWith(window);
    CHECK(window.workspace() != nullptr);
}
