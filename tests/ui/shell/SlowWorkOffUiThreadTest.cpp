// Slow work never freezes the window (issue 10, finding 7): the passphrase change and the re-key
// to a newer key-derivation set run on a worker thread with their own connection, the swap of the
// re-keyed file keeps the store's connections (so no view is rebuilt), and the window keeps
// answering. The longest wall-clock gap in the window's event loop is measured, with the most
// processor time its thread spent between two turns of that loop beside it (harness/
// UiStallMeter.h), and both are asserted under 50 ms, except the wall clock of a change with the
// real key derivation (see that test). These tests run one at a time (alongside_ui_stall_tests is
// SERIAL).

#include "harness/CaseStories.h"
#include "harness/ShellFixture.h"
#include "harness/UiStallMeter.h"
#include "harness/WindowDriving.h"

#include "caseload/CaseloadModel.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimer>

using namespace alongside;
using namespace alongside::test;

namespace {

void unlockWith(ui::MainWindow& window, const QString& passphrase)
{
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), passphrase);
    REQUIRE(waitTurningTheLoop([&] { return window.workspace() != nullptr; }, kSlowEnough));
}

// About 40 MiB of drafts: a store some years old, so that copying it takes a while.
void makeLarge(QSqlDatabase db)
{
    QSqlQuery fill(db);
    REQUIRE(fill.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80) "
                       "INSERT INTO draft (draft_key, body, saved_at) "
                       "SELECT 'old-draft-' || i, hex(randomblob(262144)), '2026-01-01T09:00:00' FROM n")));
}

// A real derivation (about 0.4 s of work) on the window's thread would exceed it.
constexpr qint64 kDerivationLockAllowanceMs = 250;

} // namespace

TEST_CASE(
    "changing the passphrase with the real key derivation shows each step while the window keeps answering")
{
    ShellFixture fixture;
    ui::ShellContext context = fixture.context();
    context.storeOptions = core::StoreOptions{}; // the shipped Argon2id cost, about 0.4 s a derivation
    {
        core::StoreError error;
        REQUIRE(core::Store::create(fixture.storePath(), secret(QString::fromLatin1(kPassphrase)), &error,
                                    context.storeOptions));
    }
    ui::AppSettings(fixture.settingsFile()).setLastStorePath(fixture.storePath());
    ui::MainWindow window(context);
    window.show();
    unlockWith(window, QString::fromLatin1(kPassphrase));

    QStringList shown;
    qint64 longest = -1;
    qint64 longestWork = -1;
    QString gaps;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<ui::ChangePassphraseDialog*>();
        REQUIRE(dialog != nullptr);
        QTest::keyClicks(child<QLineEdit>(*dialog, "currentPassphrase"), QString::fromLatin1(kPassphrase));
        QTest::keyClicks(child<QLineEdit>(*dialog, "newPassphrase"), QString::fromLatin1(kOtherPassphrase));
        QTest::keyClicks(child<QLineEdit>(*dialog, "confirmPassphrase"),
                         QString::fromLatin1(kOtherPassphrase));
        auto* message = child<QLabel>(*dialog, "changePassphraseMessage");
        // Each step's words, noted as its bar moves (a step can end between two polls below).
        QObject::connect(child<QProgressBar>(*dialog, "changePassphraseProgress"),
                         &QProgressBar::valueChanged, dialog,
                         [&shown, message] { shown << message->text(); });
        const UiStallMeter meter;
        QTest::mouseClick(child<QPushButton>(*dialog, "changePassphraseButton"), Qt::LeftButton);
        REQUIRE(waitTurningTheLoop(
            [&] {
                if (shown.isEmpty() || shown.back() != message->text())
                    shown << message->text();
                return !dialog->isChanging();
            },
            kSlowEnough * 3));
        letTheLoopTurn(100); // what follows the change: the dialog and the window drawn again
        longest = meter.longestMs();
        longestWork = meter.longestWorkMs();
        gaps = meter.longGaps();
        dialog->reject();
    });
    window.actions()->changePassphrase()->trigger();

    INFO(shown.join(QStringLiteral(" | ")).toStdString());
    CHECK(shown.back().contains(QStringLiteral("has been changed")));
    CHECK(shown.filter(QStringLiteral("Step 2 of 3")).size() == 1);
    CHECK(shown.filter(QStringLiteral("Step 3 of 3")).size() == 1);
    WARN("changing the passphrase: longest stall of the window "
         << longest << " ms, longest stretch of work on its thread " << longestWork << " ms; gaps of "
         << kUiStallBudgetMs / 4 << " ms or more: " << gaps.toStdString());
    // The window's own work between two turns stays within the budget.
    CHECK(longestWork < kUiStallBudgetMs);
    // Its wall clock does not, on this machine: each real derivation maps 256 MiB (filled at once)
    // and unmaps it after, and for as long as either takes (60-120 ms here) the kernel holds the
    // process's address-space lock; the window's thread waits whenever it needs that lock then
    // (a page fault, a new thread), doing nothing (docs/performance.md). What is asserted is
    // that no derivation, copy or swap is back on the window's thread: each of those alone takes
    // longer than this.
    CHECK(longest < kDerivationLockAllowanceMs);
    REQUIRE(window.workspace() != nullptr);

    window.lockNow();
    unlockWith(window, QString::fromLatin1(kOtherPassphrase));
}

TEST_CASE(
    "unlocking a large store made with an older key-derivation set re-keys it without freezing the window")
{
    ShellFixture fixture;
    const core::StoreOptions older{core::KdfSchedule({cheapKdfV1()})};
    {
        core::StoreError error;
        const auto store = core::Store::create(fixture.storePath(), secret(QString::fromLatin1(kPassphrase)),
                                               &error, older);
        REQUIRE(store);
        writeCaseStories(store->database());
        makeLarge(store->database());
    }
    ui::AppSettings(fixture.settingsFile()).setLastStorePath(fixture.storePath());
    ui::ShellContext context = fixture.context();
    context.storeOptions = core::StoreOptions{core::KdfSchedule({cheapKdfV2(), cheapKdfV1()})};
    ui::MainWindow window(context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const UiStallMeter meter;
    unlockWith(window, QString::fromLatin1(kPassphrase));
    // The workspace built and drawn, and the case view made ready behind it.
    REQUIRE(waitTurningTheLoop([&] { return window.workspace()->isCaseViewReady(); }, kSlowEnough));
    letTheLoopTurn(100);
    const qint64 longest = meter.longestMs();
    const qint64 longestWork = meter.longestWorkMs();
    WARN("unlocking and re-keying a " << QFileInfo(fixture.storePath()).size() / (1024 * 1024)
                                      << " MiB store: longest stall of the window " << longest
                                      << " ms, longest stretch of work on its thread " << longestWork
                                      << " ms; gaps of " << kUiStallBudgetMs / 4
                                      << " ms or more: " << meter.longGaps().toStdString());
    CHECK(longest < kUiStallBudgetMs);
    CHECK(window.workspace()->caseload()->rowCount() == 3);

    // Re-keyed for good: the newer set alone opens it now.
    window.lockNow();
    core::StoreError error;
    CHECK(core::Store::open(fixture.storePath(), secret(QString::fromLatin1(kPassphrase)), &error,
                            core::StoreOptions{core::KdfSchedule({cheapKdfV2()})}));
}
