#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "shell/MainWindow.h"
#include "shell/WorkspacePage.h"
#include "storage/store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

namespace {

void showAndWait(ui::MainWindow& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

} // namespace

TEST_CASE("a wrong passphrase is refused beside the field and the store file is left byte for byte as it was")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    const QByteArray before = readWholeFile(fixture.storePath());
    REQUIRE(!before.isEmpty());

    ui::MainWindow window(fixture.context());
    showAndWait(window);
    auto* field = child<QLineEdit>(window, "unlockPassphrase");
    auto* message = child<QLabel>(window, "unlockMessage");
    REQUIRE(field->isVisible());
    CHECK_FALSE(message->isVisible());

    typeAndEnter(field, QStringLiteral("violet harbour thistle"));
    REQUIRE(QTest::qWaitFor([&] { return message->isVisible() && field->isEnabled(); }, kSlowEnough));
    CHECK(message->text() == core::describe(core::StoreErrorKind::WrongPassphrase));
    CHECK(field->text().isEmpty());
    CHECK(window.workspace() == nullptr);
    CHECK(readWholeFile(fixture.storePath()) == before);

    typeAndEnter(field, QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
    CHECK(child<QWidget>(window, "caseloadPanel")->isVisible());
    CHECK(child<QWidget>(window, "caseloadEmptyState")->isVisible());
}

TEST_CASE("after a wrong passphrase the field is empty and has the focus again, ready to retype")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    showAndWait(window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* field = child<QLineEdit>(window, "unlockPassphrase");

    typeAndEnter(field, QStringLiteral("not the passphrase at all"));
    REQUIRE(
        QTest::qWaitFor([&] { return child<QLabel>(window, "unlockMessage")->isVisible(); }, kSlowEnough));
    CHECK(field->text().isEmpty());
    CHECK(field->hasFocus());
}

TEST_CASE("a store another window already has open is reported as in use, not as a wrong passphrase")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    const auto elsewhere = openStore(fixture.storePath()); // holds the single-process lock
    REQUIRE(elsewhere);

    ui::MainWindow window(fixture.context());
    showAndWait(window);
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    auto* message = child<QLabel>(window, "unlockMessage");
    REQUIRE(QTest::qWaitFor([&] { return message->isVisible(); }, kSlowEnough));
    // Who holds it (this very process, here) and what to do, not "wrong passphrase".
    CHECK(message->text().contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
    CHECK(message->text().contains(QStringLiteral("then try again")));
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("the first-run choices are shown when the remembered store has gone")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    REQUIRE(QFile::remove(fixture.storePath()));

    ui::MainWindow window(fixture.context());
    showAndWait(window);
    CHECK(child<QWidget>(window, "welcomePage")->isVisible());
    CHECK_FALSE(child<QWidget>(window, "unlockPage")->isVisible());
}

TEST_CASE("use a different store goes back from the unlock page to the first-run choices")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    ui::MainWindow window(fixture.context());
    showAndWait(window);
    QTest::mouseClick(child<QPushButton>(window, "differentStoreButton"), Qt::LeftButton);
    CHECK(child<QWidget>(window, "welcomePage")->isVisible());
}
