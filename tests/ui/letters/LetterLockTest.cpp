#include "harness/CaseStories.h"
#include "harness/ShellFixture.h"
#include "harness/WindowDriving.h"

#include "casefile/CaseView.h"
#include "letters/LetterEditor.h"
#include "letters/SentenceEdit.h"
#include "shell/MainWindow.h"
#include "shell/WorkspacePage.h"
#include "storage/repositories/LetterRepository.h"

#include <QPointer>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("locking with a letter open keeps what was typed in the store and closes the letter")
{
    ShellFixture fixture;
    fixture.createRememberedStore();
    CaseStories stories;
    {
        const auto store = openStore(fixture.storePath());
        stories = writeCaseStories(store->database());
        store->close();
    }
    {
        ui::MainWindow window(fixture.context());
        window.show();
        typeAndEnter(child<QLineEdit>(window, "unlockPassphrase"), QString::fromLatin1(kPassphrase));
        REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));
        REQUIRE(window.workspace()->openCase(stories.doris));
        QTest::mouseClick(window.workspace()->caseView()->letterButton(), Qt::LeftButton);
        QPointer<ui::LetterEditor> editor = window.findChild<ui::LetterEditor*>();
        REQUIRE(editor);
        ui::SentenceEdit* sentence = nullptr;
        for (ui::SentenceEdit* candidate : editor->sentences()) {
            if (!candidate->isOwnWords()) {
                sentence = candidate;
                break;
            }
        }
        REQUIRE(sentence != nullptr);
        sentence->setFocus();
        sentence->selectAll();
        QTest::keyClicks(sentence, QStringLiteral("We came to see you at home."));

        window.lockNow();
        QCoreApplication::processEvents();
        // One read of the guarded pointer, so the optimiser can see the null check covers the use.
        const ui::LetterEditor* afterLock = editor.data();
        CHECK((afterLock == nullptr || !afterLock->isVisible()));
        CHECK(window.workspace() == nullptr);
    }

    const auto store = openStore(fixture.storePath());
    const auto saved = core::LetterRepository(store->database(), QStringLiteral("Test Practitioner"))
                           .latestForCase(stories.doris);
    REQUIRE(saved);
    QStringList words;
    for (const core::LetterSection& section : saved->letter.sections)
        for (const core::LetterBlock& block : section.blocks)
            for (const core::LetterSentence& written : block.sentences)
                words << written.text;
    CHECK(words.contains(QStringLiteral("We came to see you at home.")));
    CHECK_FALSE(saved->approved());
}
