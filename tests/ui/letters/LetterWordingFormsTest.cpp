// "In their letter": the wording the easy-read letter uses for a plan action, a reason and what
// happens next, drafted from what the practitioner types for colleagues and kept with the record.

#include "harness/CaseViewFixture.h"
#include "harness/DialogDriving.h"
#include "harness/WindowDriving.h"

#include "casefile/ClosingSection.h"
#include "casefile/PlanSection.h"
#include "letters/LetterWordingField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("a plan action's wording for the letter is drafted from what is typed, checked, and kept with it")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.doris);
    ui::PlanSection* plan = view->plan();
    plan->what()->setText(QStringLiteral("Confirm Julie stays on Doris's weekday visits"));
    plan->who()->setText(QStringLiteral("Agency manager"));
    QTest::mouseClick(plan->forTheLetter()->draftButton(), Qt::LeftButton);
    CHECK(plan->forTheLetter()->wording()
          == QStringLiteral("The agency manager will confirm Julie stays on your weekday visits."));
    CHECK(plan->forTheLetter()->findings()->isHidden()); // the draft reads plainly

    // Typed over, about her rather than to her: the check says so as it is typed.
    plan->forTheLetter()->edit()->setText(QStringLiteral("Doris's carer will stay."));
    plan->forTheLetter()->checkNow();
    CHECK(plan->forTheLetter()->findings()->isVisible());
    CHECK(plan->forTheLetter()->findings()->text().contains(QStringLiteral("talks about the reader")));

    plan->forTheLetter()->setWording(QStringLiteral("Julie will keep coming on your weekday visits."));
    QTest::mouseClick(plan->addButton(), Qt::LeftButton);
    CaseViewFixture::settle();
    const core::CaseRecord stored = fixture.stored(fixture.stories.doris);
    REQUIRE(stored.actions.size() == 1);
    CHECK(stored.actions.front().letterWording
          == QStringLiteral("Julie will keep coming on your weekday visits."));
}

TEST_CASE("closing keeps the reason and what happens next in the words the letter will use")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.doris);
    ui::ClosingSection* closing = view->closing();
    REQUIRE(closing->reasonsForLetter().size() == 1);
    for (QComboBox* combo : closing->findChildren<QComboBox*>()) {
        if (combo->accessibleName().startsWith(QStringLiteral("In their view")))
            combo->setCurrentIndex(combo->findText(QStringLiteral("Fully Achieved")));
    }
    for (QLineEdit* why : closing->findChildren<QLineEdit*>()) {
        if (why->accessibleName().startsWith(QStringLiteral("Why, in their words")))
            why->setText(QStringLiteral("Doris says it has stopped and she feels calmer."));
    }
    ui::LetterWordingField* reason = closing->reasonsForLetter().front();
    QTest::mouseClick(reason->draftButton(), Qt::LeftButton);
    CHECK(reason->wording() == QStringLiteral("You say it has stopped and you feel calmer."));
    closing->findChild<QPlainTextEdit*>(QStringLiteral("whatHappensNext"))
        ->setPlainText(QStringLiteral("No further action."));
    closing->nextForLetter()->setWording(QStringLiteral("We have stopped our work. You can call me."));

    // Closing asks first (day-keys): answer "Close the case".
    const bool asked = whileDialogOpen(
        [&] { QTest::mouseClick(closing->closeButton(), Qt::LeftButton); },
        [](QDialog* dialog) { dialog->findChild<QPushButton*>(QStringLiteral("confirmAction"))->click(); });
    CHECK(asked);
    CaseViewFixture::settle();
    const core::CaseRecord stored = fixture.stored(fixture.stories.doris);
    REQUIRE(stored.closure);
    CHECK(stored.closure->letterNext == QStringLiteral("We have stopped our work. You can call me."));
    REQUIRE(stored.outcomes.front().achievement);
    CHECK(stored.outcomes.front().achievement->letterWhy
          == QStringLiteral("You say it has stopped and you feel calmer."));
}
