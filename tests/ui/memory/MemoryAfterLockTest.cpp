// After Ctrl+L nothing the window showed is left readable in the process: the test fills a
// store with a random word in every field, shows every screen that can show case data, locks,
// then reads its own memory and counts the word (docs/storage.md, "Nothing left in memory
// after locking"). The store is written by a second run of this program, so the only copies in
// this process are the ones the app itself made.

#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"
#include "memory/CanaryStore.h"
#include "memory/OwnMemoryScan.h"

#include "casefile/CaseView.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "letters/LetterEditor.h"
#include "reporting/OutcomeFiguresPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

namespace {

constexpr auto kStoreVariable = "ALONGSIDE_TEST_CANARY_STORE";
constexpr auto kWordVariable = "ALONGSIDE_TEST_CANARY_WORD";
constexpr auto kWriterTest = "a canary store is written for the memory test";

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// Writes the store in another process of this program, so no copy of the word is made here.
void writeStoreElsewhere(const QString& path, const Canary& canary)
{
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kStoreVariable), path);
    environment.insert(QString::fromLatin1(kWordVariable), QString::fromLatin1(canary.maskedHex()));
    writer.setProcessEnvironment(environment);
    writer.setProcessChannelMode(QProcess::ForwardedChannels);
    writer.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kWriterTest)});
    REQUIRE(writer.waitForFinished(kSlowEnough * 3));
    REQUIRE(writer.exitStatus() == QProcess::NormalExit);
    REQUIRE(writer.exitCode() == 0);
}

void unlock(ui::MainWindow& window)
{
    auto* field = child<QLineEdit>(window, "unlockPassphrase");
    typeAndEnter(field, QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
}

// Every screen that can show case data, as a practitioner would go through them.
void showEverything(ui::MainWindow& window)
{
    ui::WorkspacePage* workspace = window.workspace();
    ui::CaseloadModel* caseload = workspace->caseload();
    REQUIRE(caseload->rowCount() >= 9);
    // The quick note, copied to the clipboard as someone might to paste it elsewhere.
    auto* quickNote = child<QPlainTextEdit>(window, "quickNote");
    quickNote->selectAll();
    quickNote->copy();
    // Search, with its snippets.
    QTest::keyClicks(workspace->caseloadPanel()->searchBox(), QStringLiteral("money"));
    settle();
    workspace->caseloadPanel()->searchBox()->clear();
    settle();
    for (int row = 0; row < caseload->rowCount(); ++row) {
        const qint64 caseId = caseload->caseAt(row)->caseId;
        workspace->caseloadPanel()->selectCase(caseId); // the preview beside the caseload
        settle();
        REQUIRE(workspace->openCase(caseId));
        for (int part = 0; part < ui::CaseView::kPartCount; ++part) {
            workspace->caseView()->goTo(ui::CaseView::Part(part), false);
            settle();
        }
        workspace->caseView()->letterButton()->click(); // the easy-read letter, built from the case
        settle();
        workspace->showCaseload();
    }
    workspace->showOutcomeFigures();
    REQUIRE(QTest::qWaitFor([&] { return !workspace->outcomeFigures()->isBusy(); }, kSlowEnough));
    settle();
    window.actions()->supervision()->trigger();
    settle();
    window.grab(); // everything drawn at least once
}

} // namespace

TEST_CASE("a canary store is written for the memory test", "[.]")
{
    // Run only as the writer process above, with the store and the word in its environment.
    const QString path = qEnvironmentVariable(kStoreVariable);
    REQUIRE(!path.isEmpty());
    const Canary canary = Canary::fromMaskedHex(qEnvironmentVariable(kWordVariable).toLatin1());
    writeCanaryStore(path, canary.reveal(), ShellFixture::today());
}

TEST_CASE("after locking, no copy of any case record the window showed is left in the process's memory")
{
    ShellFixture fixture;
    const Canary canary = Canary::random();
    writeStoreElsewhere(fixture.storePath(), canary);
    ui::AppSettings(fixture.settingsFile()).setLastStorePath(fixture.storePath());
    REQUIRE(scanOwnMemory(canary).total() == 0); // nothing read yet

    ui::MainWindow window(fixture.context());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    unlock(window);
    showEverything(window);
    const MemoryScan shown = scanOwnMemory(canary);
    INFO("while unlocked: " << shown.describe());
    CHECK(shown.total() > 100); // the scan sees what is there

    window.actions()->lock()->trigger();
    settle();
    REQUIRE(window.workspace() == nullptr);
    const MemoryScan locked = scanOwnMemory(canary);
    INFO("after locking: " << locked.describe());
    CHECK(locked.total() == 0);
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    WARN("memory scan: " << shown.utf8 << " + " << shown.utf16 << " copies (UTF-8 + UTF-16) while unlocked, "
                         << locked.utf8 << " + " << locked.utf16 << " after locking");
}
