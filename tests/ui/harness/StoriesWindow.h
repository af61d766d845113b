#pragma once

#include "harness/CaseStories.h"
#include "harness/ShellFixture.h"

#include "model/CaseRecord.h"
#include "shell/MainWindow.h"

#include <memory>

namespace alongside::ui {
class CaseView;
}

namespace alongside::test {

// The whole window as a practitioner meets it: a remembered store holding the three case
// stories, unlocked with the passphrase typed and Enter, at ShellFixture::now().
class StoriesWindow {
public:
    StoriesWindow();
    ~StoriesWindow();

    ui::MainWindow& window() { return *m_window; }
    // Moves the window's clock (it starts at ShellFixture::now()).
    void setClock(const QDateTime& now) { *m_clock = now; }
    // Opens the case from the caseload, as Enter on its row does, and lets it lay out.
    ui::CaseView* openCase(qint64 caseId);
    // Types the passphrase into the unlock page and waits for the workspace.
    void unlock();
    // Locks the window (as Ctrl+L does) and reads the case afresh from the file: what the next
    // person to open it would find.
    core::CaseRecord storedAfterLock(qint64 caseId);

    ShellFixture fixture;
    const CaseStories stories;

private:
    std::shared_ptr<QDateTime> m_clock = std::make_shared<QDateTime>(ShellFixture::now());
    std::unique_ptr<ui::MainWindow> m_window;
};

// Lets queued changes (a reload after a save) and layouts finish.
void settleWindow();

} // namespace alongside::test
