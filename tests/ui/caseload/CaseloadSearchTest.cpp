#include "harness/CaseStories.h"
#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "shell/MainWindow.h"
#include "shell/WorkspacePage.h"

#include <QLabel>
#include <QTableView>

using namespace alongside;
using namespace alongside::test;

namespace {

CaseStories rememberedStoreWithStories(ShellFixture& fixture)
{
    fixture.createRememberedStore();
    const auto store = openStore(fixture.storePath());
    REQUIRE(store);
    const CaseStories stories = writeCaseStories(store->database());
    store->close();
    return stories;
}

void unlock(ui::MainWindow& window)
{
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
}

} // namespace

TEST_CASE("searching for the person's words narrows the caseload to that case and shows where it matched")
{
    ShellFixture fixture;
    const CaseStories stories = rememberedStoreWithStories(fixture);
    ui::MainWindow window(fixture.context());
    window.show();
    unlock(window);
    ui::CaseloadPanel* panel = window.workspace()->caseloadPanel();
    ui::CaseloadFilterModel* shown = panel->filter();
    REQUIRE(shown->rowCount() == 3);

    // Typed as a practitioner would, then a pause: the search runs without pressing Enter.
    panel->setSearchDelay(std::chrono::milliseconds(50));
    QTest::keyClicks(child<QLineEdit>(window, "caseloadSearch"), QStringLiteral("bank card"));
    REQUIRE(QTest::qWaitFor([&] { return shown->rowCount() == 1; }, 5000));
    CHECK(shown->caseIdAt(0) == stories.priya);

    const QString foundIn = shown->index(0, ui::CaseloadModel::Match).data().toString();
    CHECK(foundIn.startsWith(QStringLiteral("Their own words")));
    CHECK(foundIn.contains(QStringLiteral("bank card")));
    CHECK_FALSE(panel->table()->isColumnHidden(ui::CaseloadModel::Match));
    CHECK(
        child<QLabel>(window, "caseloadSearchSummary")->text().contains(QStringLiteral("One case matches")));

    // Clearing the box brings every case back and hides the column again.
    child<QLineEdit>(window, "caseloadSearch")->clear();
    CHECK(shown->rowCount() == 3);
    CHECK(panel->table()->isColumnHidden(ui::CaseloadModel::Match));
}

TEST_CASE("a search that matches nothing says so over the table, in plain words")
{
    ShellFixture fixture;
    rememberedStoreWithStories(fixture);
    ui::MainWindow window(fixture.context());
    window.show();
    unlock(window);
    typeAndEnter(child<QLineEdit>(window, "caseloadSearch"), QStringLiteral("zebra"));
    CHECK(window.workspace()->caseloadPanel()->filter()->rowCount() == 0);
    CHECK(child<QWidget>(window, "caseloadEmptyState")->isVisible());
    CHECK(child<QLabel>(window, "caseloadSearchSummary")->text().contains(QStringLiteral("“zebra”")));
}
