#include "drafts/DraftWindow.h"

#include "casefile/CaseView.h"
#include "casefile/ClosingSection.h"
#include "casefile/NotesSection.h"
#include "common/DraftNotice.h"
#include "common/FormDraft.h"
#include "shell/MainWindowActions.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

// Half-typed text must survive Ctrl+L, the idle lock and moving between cases, and come back
// exactly where it was typed, saying so once. These drive the real window over a real store.

namespace {

const QString kHalfNote = QStringLiteral("Doris rang: the carer came early again and");
const QString kWhatNext = QStringLiteral("Her daughter will ring the agency on Monday; I will");

ui::CaseView* openCase(DraftWindow& at, qint64 caseId)
{
    REQUIRE(at.window->workspace()->openCase(caseId));
    settle();
    return at.window->workspace()->caseView();
}

} // namespace

TEST_CASE("half-typed notes and closing words are there again after Ctrl+L and unlock, with one calm line")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris);
    QTest::keyClicks(view->notes()->newNote(), kHalfNote);
    QTest::keyClicks(child<QPlainTextEdit>(*view->closing(), "whatHappensNext"), kWhatNext);

    // Straight away, before the pause that would keep it anyway: only the lock can keep it.
    at.window->actions()->lock()->trigger();
    REQUIRE(at.window->workspace() == nullptr);
    at.unlock();

    view = openCase(at, at.stories.doris);
    CHECK(view->notes()->newNote()->toPlainText() == kHalfNote);
    CHECK(child<QPlainTextEdit>(*view->closing(), "whatHappensNext")->toPlainText() == kWhatNext);
    ui::DraftNotice* notice = view->notes()->draft()->notice();
    CHECK(notice->isVisibleTo(view));
    CHECK(notice->text()->text().startsWith(QStringLiteral("Carried on from your draft")));
    CHECK(notice->discardButton()->isVisibleTo(view));
    // A draft is not a record: nothing was written to the case.
    CHECK(view->notes()->cards().size() == 1);
}

TEST_CASE("what is typed is in the store within two seconds, with no lock and no pause in the typing")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.sam);
    QPlainTextEdit* note = view->notes()->newNote();
    QElapsedTimer typing;
    typing.start();
    // Typing that never pauses for long: a key every 100 ms for two and a half seconds.
    while (typing.elapsed() < 2500) {
        QTest::keyClicks(note, QStringLiteral("a"));
        QTest::qWait(100);
        if (at.drafts().find({at.stories.sam, QStringLiteral("notes"), QStringLiteral("notes"), 0}))
            break;
    }
    CHECK(typing.elapsed() <= 2000);
    const auto kept = at.drafts().find({at.stories.sam, QStringLiteral("notes"), QStringLiteral("notes"), 0});
    REQUIRE(kept.has_value());
    CHECK(kept->body.contains(QStringLiteral("aaaa")));
}

TEST_CASE("typed text stays with its own case: another case's box is empty, and it is back on return")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris);
    QTest::keyClicks(view->notes()->newNote(), kHalfNote);

    view = openCase(at, at.stories.priya);
    CHECK(view->notes()->newNote()->toPlainText().isEmpty());
    CHECK_FALSE(view->notes()->draft()->notice()->isVisibleTo(view));

    view = openCase(at, at.stories.doris);
    CHECK(view->notes()->newNote()->toPlainText() == kHalfNote);
}

TEST_CASE("once the note is added its draft is gone, so it is never offered again")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris);
    QTest::keyClicks(view->notes()->newNote(), kHalfNote);
    REQUIRE(at.window->workspace()->saveDrafts());
    REQUIRE(at.drafts().forCase(at.stories.doris).size() == 1);

    QTest::mouseClick(view->notes()->addButton(), Qt::LeftButton);
    settle();
    CHECK(at.drafts().forCase(at.stories.doris).empty());
    at.lockAndUnlock();
    view = openCase(at, at.stories.doris);
    CHECK(view->notes()->newNote()->toPlainText().isEmpty());
    CHECK_FALSE(view->notes()->draft()->notice()->isVisibleTo(view));
}

TEST_CASE("discarding a restored draft puts the part back as the record has it and deletes the draft")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris);
    QTest::keyClicks(view->notes()->newNote(), kHalfNote);
    at.lockAndUnlock();
    view = openCase(at, at.stories.doris);
    REQUIRE(view->notes()->newNote()->toPlainText() == kHalfNote);

    QTest::mouseClick(view->notes()->draft()->notice()->discardButton(), Qt::LeftButton);
    CHECK(view->notes()->newNote()->toPlainText().isEmpty());
    CHECK_FALSE(view->notes()->draft()->notice()->isVisibleTo(view));
    CHECK(at.drafts().forCase(at.stories.doris).empty());
}
