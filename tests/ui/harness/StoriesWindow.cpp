#include "harness/StoriesWindow.h"

#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "caseload/CaseloadPanel.h"
#include "shell/WorkspacePage.h"
#include "storage/repositories/CaseRepository.h"

#include <QCoreApplication>
#include <QTableView>

namespace alongside::test {

namespace {
CaseStories storiesInRememberedStore(ShellFixture& fixture)
{
    fixture.createRememberedStore();
    const auto store = openStore(fixture.storePath());
    const CaseStories stories = writeCaseStories(store->database());
    store->close();
    return stories;
}
} // namespace

StoriesWindow::StoriesWindow() : stories(storiesInRememberedStore(fixture))
{
    ui::ShellContext context = fixture.context();
    context.now = [clock = m_clock] { return *clock; };
    context.today = [clock = m_clock] { return clock->date(); };
    m_window = std::make_unique<ui::MainWindow>(context);
    m_window->resize(1366, 700);
    m_window->show();
    unlock();
}

StoriesWindow::~StoriesWindow() = default;

void StoriesWindow::unlock()
{
    typeAndEnter(child<QLineEdit>(*m_window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([this] { return m_window->workspace() != nullptr; }, kSlowEnough));
    settleWindow();
}

ui::CaseView* StoriesWindow::openCase(qint64 caseId)
{
    ui::WorkspacePage* workspace = m_window->workspace();
    workspace->caseloadPanel()->selectCase(caseId);
    QTest::keyClick(workspace->caseloadPanel()->table(), Qt::Key_Return);
    REQUIRE(workspace->isShowingCase());
    settleWindow();
    return workspace->caseView();
}

core::CaseRecord StoriesWindow::storedAfterLock(qint64 caseId)
{
    m_window->lockNow();
    const auto store = openStore(fixture.storePath());
    const std::optional<core::CaseRecord> record =
        core::CaseRepository(store->database(), QStringLiteral("Reader")).load(caseId);
    REQUIRE(record.has_value());
    return *record;
}

void settleWindow()
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
}

} // namespace alongside::test
