#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "caseload/CaseloadModel.h"
#include "demo/DemoCaseload.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/WorkspacePage.h"
#include "storage/repositories/CaseloadRepository.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>

using namespace alongside;
using namespace alongside::test;

namespace {

// How many cases the demo writes: counted in a store of our own, so the demo can grow.
qint64 demoCaseCount()
{
    TempStoreFolder folder;
    const auto store = createStore(folder.storePath());
    REQUIRE(core::populateDemoCaseload(store->database(), ShellFixture::today()));
    return core::CaseloadRepository(store->database()).countCases();
}

// The banner says "Its passphrase is <b>words</b>."; the test reads it the way a person would.
QString passphraseShownIn(const QLabel* banner)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("<b>([a-z]+(?: [a-z]+)+)</b>")).match(banner->text());
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

TEST_CASE("opening the demo shows its passphrase, a do-not-use-real-information banner and its made-up cases")
{
    ShellFixture fixture;
    const qint64 demoCases = demoCaseCount();
    REQUIRE(demoCases >= 6);
    QString demoPath;
    {
        ui::MainWindow window(fixture.context());
        window.show();
        QTest::mouseClick(child<QPushButton>(window, "openDemoChoice"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));

        auto* banner = child<QLabel>(window, "demoBannerText");
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("do not enter real information")));
        const QString passphrase = passphraseShownIn(banner);
        CHECK(passphrase.split(u' ').size() >= 3);
        CHECK(window.workspace()->caseload()->rowCount() == demoCases);
        CHECK(child<QWidget>(window, "caseloadTable")->isVisible());

        auto* status = child<QLabel>(window, "storeStatus");
        CHECK(status->text().contains(QStringLiteral("Demo")));
        demoPath = status->toolTip();
        CHECK(QFileInfo::exists(demoPath));

        // The passphrase on screen is the real one: lock, type it, and the cases come back.
        window.lockNow();
        CHECK(passphraseShownIn(child<QLabel>(window, "demoBannerText")) == passphrase);
        typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), passphrase);
        REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
        CHECK(window.workspace()->caseload()->rowCount() == demoCases);
    }
    CHECK_FALSE(QFileInfo::exists(demoPath)); // deleted when the window closed
    CHECK(ui::AppSettings(fixture.settingsFile()).lastStorePath().isEmpty()); // never remembered
}
