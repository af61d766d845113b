#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/WorkspacePage.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("creating a store from the first-run page opens an empty caseload and remembers only its path")
{
    ShellFixture fixture;
    const QString path = fixture.folder().filePath(QStringLiteral("my caseload.alongside"));
    fixture.chooser().newStoreLocation = path;
    ui::MainWindow window(fixture.context());
    window.show();

    QTest::mouseClick(child<QPushButton>(window, "createStoreChoice"), Qt::LeftButton);
    // "Change…": the scripted Save dialog answers with the temporary path.
    QTest::mouseClick(child<QPushButton>(window, "changeLocationButton"), Qt::LeftButton);
    CHECK(child<QLineEdit>(window, "newStoreLocation")->text() == path);

    auto* create = child<QPushButton>(window, "createStoreButton");
    QTest::keyClicks(child<QLineEdit>(window, "newPassphrase"), QString::fromLatin1(kPassphrase));
    CHECK_FALSE(create->isEnabled()); // not confirmed yet
    QTest::keyClicks(child<QLineEdit>(window, "confirmPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
    CHECK(child<QWidget>(window, "caseloadEmptyState")->isVisible());
    CHECK(QFileInfo::exists(path));
    CHECK(ui::AppSettings(fixture.settingsFile()).lastStorePath() == path);
    CHECK(child<QLineEdit>(window, "newPassphrase")->text().isEmpty()); // not left in the form
}

TEST_CASE("a passphrase the policy refuses keeps the create button off and says why in plain words")
{
    ShellFixture fixture;
    ui::MainWindow window(fixture.context());
    window.show();
    QTest::mouseClick(child<QPushButton>(window, "createStoreChoice"), Qt::LeftButton);

    QTest::keyClicks(child<QLineEdit>(window, "newPassphrase"), QStringLiteral("password1234"));
    QTest::keyClicks(child<QLineEdit>(window, "confirmPassphrase"), QStringLiteral("password1234"));
    CHECK_FALSE(child<QPushButton>(window, "createStoreButton")->isEnabled());
    CHECK(child<QLabel>(window, "passphraseVerdict")->text().contains(QStringLiteral("attackers try first")));
}
