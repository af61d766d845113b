#pragma once

#include "harness/CaseStories.h"
#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "shell/MainWindow.h"
#include "shell/WorkspacePage.h"
#include "storage/repositories/DraftRepository.h"
#include "support/TestStores.h"

#include <QApplication>
#include <QTest>

#include <memory>

namespace alongside::test {

// The whole window over a store holding the three case stories, unlocked: for following what
// is typed through locks, unlocks and dialogs as a practitioner would meet them.
class DraftWindow {
public:
    DraftWindow()
    {
        fixture.createRememberedStore();
        {
            const auto store = openStore(fixture.storePath());
            stories = writeCaseStories(store->database());
            store->close();
        }
        window = std::make_unique<ui::MainWindow>(fixture.context());
        window->resize(1366, 768);
        window->show();
        unlock();
    }

    void unlock()
    {
        typeAndEnter(child<QLineEdit>(*window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
        REQUIRE(QTest::qWaitFor([&] { return window->workspace() != nullptr; }, kSlowEnough));
        // As a person sees it: laid out and painted before anything is pressed. A form opened
        // again from its draft is shown during the unlock; until its layout has run, its
        // buttons have no place on the screen and a click on them hits nothing.
        settleLayout();
    }

    static void settleLayout()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    void lockAndUnlock()
    {
        window->lockNow();
        REQUIRE(window->workspace() == nullptr);
        unlock();
    }

    // Drafts as the store holds them, read through the window's own connection.
    core::DraftRepository drafts() const
    {
        // The store's own connection, not the read-only one it opens for workers ("…-reader").
        for (const QString& name : QSqlDatabase::connectionNames())
            if (!name.endsWith(QLatin1String("-reader")))
                return core::DraftRepository(QSqlDatabase::database(name, false));
        return core::DraftRepository(QSqlDatabase());
    }

    ShellFixture fixture;
    CaseStories stories;
    std::unique_ptr<ui::MainWindow> window;
};

// Lets queued reloads (a part shown again after a change) happen.
inline void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace alongside::test
