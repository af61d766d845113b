#include "drafts/DraftWindow.h"

#include "casefile/CaseView.h"
#include "casefile/ClosingSection.h"
#include "caseload/CaseloadModel.h"
#include "common/DraftNotice.h"
#include "common/FormDraft.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace alongside;
using namespace alongside::test;

// A draft put aside is visible where the practitioner will look for it — beside the part of
// the case and in the caseload — and the window comes back to where it was after a lock.

namespace {

const QString kWhatNext = QStringLiteral("Review with her at the day centre in two weeks and");

QString partText(ui::CaseView* view, ui::CaseView::Part part)
{
    return view->partList()->item(static_cast<int>(part))->text();
}

QString nextActionShown(DraftWindow& at, qint64 caseId)
{
    ui::CaseloadModel* caseload = at.window->workspace()->caseload();
    return caseload->index(caseload->rowOf(caseId), ui::CaseloadModel::NextAction).data().toString();
}

} // namespace

TEST_CASE("a part with a draft waiting says so in the list of parts, and the caseload says Draft waiting")
{
    DraftWindow at;
    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    ui::CaseView* view = at.window->workspace()->caseView();
    CHECK_FALSE(partText(view, ui::CaseView::Part::Closing).contains(QStringLiteral("draft waiting")));
    CHECK_FALSE(nextActionShown(at, at.stories.doris).contains(QStringLiteral("Draft waiting")));

    QTest::keyClicks(child<QPlainTextEdit>(*view->closing(), "whatHappensNext"), kWhatNext);
    REQUIRE(at.window->workspace()->saveDrafts());
    CHECK(partText(view, ui::CaseView::Part::Closing).contains(QStringLiteral("draft waiting")));
    CHECK_FALSE(partText(view, ui::CaseView::Part::Notes).contains(QStringLiteral("draft waiting")));
    CHECK(nextActionShown(at, at.stories.doris).startsWith(QStringLiteral("Draft waiting")));
    CHECK_FALSE(nextActionShown(at, at.stories.sam).contains(QStringLiteral("Draft waiting")));

    // Still there after a lock, before the case is opened again.
    at.lockAndUnlock();
    CHECK(nextActionShown(at, at.stories.doris).startsWith(QStringLiteral("Draft waiting")));

    // Discarded: both markers go.
    view = at.window->workspace()->caseView();
    REQUIRE(at.window->workspace()->isShowingCase()); // back where it was
    QTest::mouseClick(view->closing()->draft()->notice()->discardButton(), Qt::LeftButton);
    settle();
    CHECK_FALSE(partText(view, ui::CaseView::Part::Closing).contains(QStringLiteral("draft waiting")));
    CHECK_FALSE(nextActionShown(at, at.stories.doris).contains(QStringLiteral("Draft waiting")));
}

TEST_CASE("after unlocking, the same case and part are open, scrolled as they were, with the keyboard in the "
          "same field")
{
    DraftWindow at;
    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    ui::CaseView* view = at.window->workspace()->caseView();
    view->partList()->setCurrentRow(static_cast<int>(ui::CaseView::Part::Closing));
    settle();
    auto* next = child<QPlainTextEdit>(*view->closing(), "whatHappensNext");
    next->setFocus();
    QTest::keyClicks(next, kWhatNext);
    auto* scroll = child<QScrollArea>(*view, "caseScroll");
    const int scrolledTo = scroll->verticalScrollBar()->value();
    REQUIRE(scrolledTo > 0);

    at.lockAndUnlock();
    REQUIRE(at.window->workspace()->isShowingCase());
    view = at.window->workspace()->caseView();
    scroll = child<QScrollArea>(*view, "caseScroll");
    CHECK(view->caseId() == at.stories.doris);
    CHECK(view->currentPart() == static_cast<int>(ui::CaseView::Part::Closing));
    CHECK(QTest::qWaitFor([&] { return scroll->verticalScrollBar()->value() == scrolledTo; }, 2000));
    CHECK(QApplication::focusWidget() == child<QPlainTextEdit>(*view->closing(), "whatHappensNext"));
    CHECK(child<QPlainTextEdit>(*view->closing(), "whatHappensNext")->toPlainText() == kWhatNext);
}
