#include "drafts/DraftWindow.h"

#include "casefile/CaseView.h"
#include "casefile/NotesSection.h"
#include "common/DraftNotice.h"
#include "common/FormDraft.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("words typed two seconds before the app is killed are there when it is opened again")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    CaseStories stories;
    {
        const auto store = openStore(fixture.storePath());
        stories = writeCaseStories(store->database());
        store->close();
    }
    const QString words = QStringLiteral("Doris said the new carer is kind but rushes her");

    QProcess typist;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    typist.setProcessEnvironment(environment);
    typist.start(QStringLiteral(ALONGSIDE_TYPE_THEN_DIE),
                 {fixture.settingsFile(), QString::number(stories.doris), words});
    REQUIRE(typist.waitForStarted());
    REQUIRE(typist.waitForFinished(120000));
    INFO(typist.readAllStandardError().toStdString());
    REQUIRE(typist.readAllStandardOutput().contains("typed"));
    REQUIRE(typist.exitStatus() == QProcess::CrashExit); // killed, not closed

    // A stale lock file from the dead process is taken over; the draft is there.
    ui::MainWindow window(fixture.context());
    window.resize(1366, 768);
    window.show();
    typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
    REQUIRE(window.workspace()->openCase(stories.doris));
    settle();
    ui::NotesSection* notes = window.workspace()->caseView()->notes();
    CHECK(notes->newNote()->toPlainText() == words);
    CHECK(notes->draft()->notice()->text()->text().startsWith(QStringLiteral("Carried on from your draft")));
}
