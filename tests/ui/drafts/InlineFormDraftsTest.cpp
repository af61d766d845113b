#include "drafts/DraftWindow.h"

#include "capacity/BestInterestsForm.h"
#include "capacity/CapacitySection.h"
#include "capacity/MiniList.h"
#include "casefile/CaseView.h"
#include "casefile/NoteCard.h"
#include "casefile/NotesSection.h"
#include "casefile/OutcomeCard.h"
#include "casefile/OutcomesSection.h"
#include "common/DraftNotice.h"
#include "common/FormDraft.h"
#include "risk/RiskEnablementForm.h"
#include "risk/RiskEnablementSection.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

// Forms that open inside a part for one record — a risk enablement note, a best-interests
// decision, a correction or addendum to a note, a revisit of what they want — keep their own
// drafts, and come back open, at the same record, after a lock.

namespace {

// The field or button a person would find by its spoken name.
template <typename Widget>
Widget* named(const QWidget& root, const QString& accessibleName)
{
    for (Widget* widget : root.findChildren<Widget*>())
        if (widget->accessibleName() == accessibleName || widget->text() == accessibleName)
            return widget;
    FAIL("nothing called " << accessibleName.toStdString());
    return nullptr;
}

ui::CaseView* openCase(DraftWindow& at, qint64 caseId)
{
    REQUIRE(at.window->workspace()->openCase(caseId));
    settle();
    return at.window->workspace()->caseView();
}

} // namespace

TEST_CASE("a risk enablement note half written, with an option listed, is open again after a lock")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris);
    ui::RiskEnablementSection* risk = view->riskEnablement();
    QTest::mouseClick(risk->writeButton(), Qt::LeftButton);
    ui::RiskEnablementForm* form = risk->findChild<ui::RiskEnablementForm*>();
    QTest::keyClicks(form->activity(), QStringLiteral("Going to the shops alone"));
    QTest::keyClicks(form->whatItMeans(), QStringLiteral("Her independence; seeing people"));
    auto* options = form->findChildren<ui::MiniList*>().front();
    QTest::keyClicks(named<QLineEdit>(*form, QStringLiteral("An option")),
                     QStringLiteral("Go with a friend"));
    QTest::mouseClick(options->addButton(), Qt::LeftButton);
    REQUIRE(options->list()->count() == 1);

    at.lockAndUnlock();
    view = at.window->workspace()->caseView();
    risk = view->riskEnablement();
    form = risk->findChild<ui::RiskEnablementForm*>();
    CHECK(form->isVisibleTo(view));
    CHECK(form->activity()->text() == QStringLiteral("Going to the shops alone"));
    CHECK(form->whatItMeans()->toPlainText() == QStringLiteral("Her independence; seeing people"));
    CHECK(form->findChildren<ui::MiniList*>().front()->list()->count() == 1);
    CHECK(form->draft()->notice()->isVisibleTo(view));

    // Saved: the note is in the record and the draft is gone.
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    settle();
    CHECK_FALSE(form->isVisibleTo(view));
    CHECK(at.drafts().forCase(at.stories.doris).empty());
}

TEST_CASE("an addendum being written to a note is open again, as an addendum, after a lock")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris);
    ui::NoteCard* card = view->notes()->cards().front();
    QTest::mouseClick(card->addendumButton(), Qt::LeftButton);
    QTest::keyClicks(card->editor(), QStringLiteral("The agency confirmed it in writing"));

    at.lockAndUnlock();
    view = at.window->workspace()->caseView();
    card = view->notes()->cards().front();
    CHECK(card->editor()->isVisibleTo(view));
    CHECK(card->editor()->toPlainText() == QStringLiteral("The agency confirmed it in writing"));
    CHECK(card->saveButton()->text() == QStringLiteral("Save the addendum"));

    QTest::mouseClick(card->saveButton(), Qt::LeftButton);
    settle();
    CHECK(at.drafts().forCase(at.stories.doris).empty());
    CHECK(view->notes()->cards().front()->findChild<QLabel*>(QStringLiteral("noteAddendum")) != nullptr);
}

TEST_CASE("a revisit of what they want is open again after a lock, with the new words")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.doris);
    ui::OutcomeCard* card = view->outcomes()->cards().front();
    QTest::mouseClick(card->revisitButton(), Qt::LeftButton);
    card->newWording()->clear();
    QTest::keyClicks(card->newWording(), QStringLiteral("I want a different carer"));

    at.lockAndUnlock();
    view = at.window->workspace()->caseView();
    card = view->outcomes()->cards().front();
    CHECK(card->newWording()->isVisibleTo(view));
    CHECK(card->newWording()->text() == QStringLiteral("I want a different carer"));
}

TEST_CASE("a best-interests decision half written is open again after a lock, and Cancel keeps it")
{
    DraftWindow at;
    ui::CaseView* view = openCase(at, at.stories.priya);
    ui::CapacitySection* capacity = view->capacity();
    QTest::mouseClick(capacity->recordBestInterestsButton(), Qt::LeftButton);
    QTest::keyClicks(capacity->bestInterestsForm()->decisionField(), QStringLiteral("Who manages her money"));
    QTest::keyClicks(capacity->bestInterestsForm()->ownWords(), QStringLiteral("It is my money"));

    at.lockAndUnlock();
    view = at.window->workspace()->caseView();
    ui::BestInterestsForm* form = view->capacity()->bestInterestsForm();
    CHECK(form->isVisibleTo(view));
    CHECK(form->decisionField()->text() == QStringLiteral("Who manages her money"));
    CHECK(form->ownWords()->toPlainText() == QStringLiteral("It is my money"));

    QTest::mouseClick(named<QPushButton>(*form, QStringLiteral("Cancel")), Qt::LeftButton);
    CHECK_FALSE(form->isVisibleTo(view));
    CHECK(at.drafts().forCase(at.stories.priya).size() == 1); // put aside, not lost
}
