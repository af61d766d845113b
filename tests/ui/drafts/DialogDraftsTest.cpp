#include "drafts/DraftWindow.h"
#include "harness/DialogDriving.h"

#include "casefile/CaseView.h"
#include "casefile/ConcernForm.h"
#include "casefile/ConcernSection.h"
#include "casefile/NewCaseForm.h"
#include "casefile/SacLabelChecks.h"
#include "common/DateField.h"
#include "common/DraftNotice.h"
#include "common/FormDraft.h"
#include "shell/MainWindowActions.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace alongside;
using namespace alongside::test;

// Every dialog that takes typed text keeps it as a draft through acceptedModal(): a lock that
// closes the dialog, or Cancel, keeps it; saving deletes it.

namespace {

const QString kReported = QStringLiteral(" Her neighbour says the carer also took her pension card");

// Runs `inside` once the next modal dialog is up (exec() does not return until it closes).
void whenTheDialogIsOpen(QObject* context, std::function<void(QDialog*)> inside)
{
    QTimer::singleShot(0, context, [inside = std::move(inside)] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        inside(dialog);
    });
}

} // namespace

TEST_CASE("locking mid-typing in the concern dialog keeps the words, and reopening it brings them back")
{
    DraftWindow at;
    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    ui::CaseView* view = at.window->workspace()->caseView();
    QString before;
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        auto* reported = child<QPlainTextEdit>(*dialog, "whatWasReported");
        before = reported->toPlainText();
        reported->moveCursor(QTextCursor::End);
        QTest::keyClicks(reported, kReported);
        at.window->lockNow(); // as the idle timer would, with the dialog still open
    });
    QTest::mouseClick(child<QPushButton>(*view, "changeConcernButton"), Qt::LeftButton);
    REQUIRE(at.window->workspace() == nullptr);
    at.unlock();

    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    view = at.window->workspace()->caseView();
    QString reopened;
    bool saidSo = false;
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        reopened = child<QPlainTextEdit>(*dialog, "whatWasReported")->toPlainText();
        auto* notice = child<ui::DraftNotice>(*dialog, "draftNotice");
        saidSo = notice->isVisibleTo(dialog)
            && notice->text()->text().startsWith(QStringLiteral("Carried on from your draft"));
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(*view, "changeConcernButton"), Qt::LeftButton);
    CHECK(reopened == before + kReported);
    CHECK(saidSo);
    // The record is as it was: a draft is not a change to the concern.
    CHECK_FALSE(child<QLabel>(*view, "concernReported")->text().contains(kReported.trimmed()));
}

TEST_CASE("Cancel keeps what was typed in a new case; creating the case deletes the draft")
{
    DraftWindow at;
    const QString given = QStringLiteral("Winifred");
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        QTest::keyClicks(child<QLineEdit>(*dialog, "newCaseGivenName"), given);
        dialog->reject();
    });
    at.window->actions()->newCase()->trigger();
    CHECK(at.drafts().find(QStringLiteral("newCaseDialog")).has_value());

    bool carriedOn = false;
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        carriedOn = child<QLineEdit>(*dialog, "newCaseGivenName")->text() == given;
        auto* form = dialog->findChild<ui::NewCaseForm*>();
        QTest::keyClicks(form->familyName(), QStringLiteral("Example"));
        QTest::keyClicks(form->concern()->whatWasReported(), QStringLiteral("A fall at home."));
        form->concern()->riskTypes()->box(QStringLiteral("Neglect and Acts of Omission"))->setChecked(true);
        QTest::mouseClick(child<QPushButton>(*dialog, "saveDialogSave"), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject(); // refused: do not hang the test
    });
    at.window->actions()->newCase()->trigger();
    CHECK(carriedOn);
    CHECK(at.window->workspace()->isShowingCase()); // created and opened
    CHECK_FALSE(at.drafts().find(QStringLiteral("newCaseDialog")).has_value());
}

TEST_CASE("discarding a dialog's draft puts back what the record says and forgets the draft")
{
    DraftWindow at;
    REQUIRE(at.window->workspace()->openCase(at.stories.sam));
    settle();
    ui::CaseView* view = at.window->workspace()->caseView();
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        QTest::keyClicks(child<QPlainTextEdit>(*dialog, "whatWasReported"), kReported);
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(*view, "changeConcernButton"), Qt::LeftButton);
    REQUIRE(at.drafts().forCase(at.stories.sam).size() == 1);
    CHECK(at.drafts().forCase(at.stories.sam).front().place.part == QStringLiteral("concern"));

    QString afterDiscard;
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        QTest::mouseClick(child<QPushButton>(*dialog, "discardDraft"), Qt::LeftButton);
        afterDiscard = child<QPlainTextEdit>(*dialog, "whatWasReported")->toPlainText();
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(*view, "changeConcernButton"), Qt::LeftButton);
    CHECK(afterDiscard == QStringLiteral("Not collecting his medication."));
    CHECK(at.drafts().forCase(at.stories.sam).empty());
}

TEST_CASE("a dialog's draft and the draft of the part it was opened from are kept apart")
{
    DraftWindow at;
    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    ui::CaseView* view = at.window->workspace()->caseView();
    // Typed into the part itself: the reason beside a section 42 answer.
    QLineEdit* reason = nullptr;
    for (QLineEdit* field : view->findChildren<QLineEdit*>())
        if (field->accessibleName().startsWith(QStringLiteral("Reason:")) && field->isEnabled())
            reason = field;
    REQUIRE(reason != nullptr);
    const QString why = QStringLiteral("She told me she cannot get to the shops");
    reason->clear();
    QTest::keyClicks(reason, why);
    // And into the concern dialog opened from the same part, then the window locks.
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        auto* reported = child<QPlainTextEdit>(*dialog, "whatWasReported");
        reported->moveCursor(QTextCursor::End);
        QTest::keyClicks(reported, kReported);
        at.window->lockNow();
    });
    QTest::mouseClick(child<QPushButton>(*view, "changeConcernButton"), Qt::LeftButton);
    at.unlock();

    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    view = at.window->workspace()->caseView();
    QStringList reasons;
    for (QLineEdit* field : view->findChildren<QLineEdit*>())
        if (field->accessibleName().startsWith(QStringLiteral("Reason:")))
            reasons << field->text();
    CHECK(reasons.contains(why));
    QString reopened;
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        reopened = child<QPlainTextEdit>(*dialog, "whatWasReported")->toPlainText();
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(*view, "changeConcernButton"), Qt::LeftButton);
    CHECK(reopened.endsWith(kReported));
}

TEST_CASE("a date of birth ticked Not known is still ticked when the Change details draft comes back")
{
    DraftWindow at;
    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    ui::CaseView* view = at.window->workspace()->caseView();
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        auto* born = dialog->findChild<ui::DateField*>(QStringLiteral("dateOfBirth"));
        REQUIRE(born != nullptr);
        // Their answer, with nothing typed: they asked, and nobody knows.
        born->notKnownBox()->click();
        REQUIRE(born->isNotKnown());
        dialog->reject(); // Cancel keeps what was typed, and ticked, as a draft
    });
    QTest::mouseClick(child<QPushButton>(*view, "changePersonButton"), Qt::LeftButton);
    REQUIRE(at.drafts().forCase(at.stories.doris).size() == 1);

    bool ticked = false;
    bool noDay = false;
    whenTheDialogIsOpen(at.window.get(), [&](QDialog* dialog) {
        auto* born = dialog->findChild<ui::DateField*>(QStringLiteral("dateOfBirth"));
        ticked = born->isNotKnown();
        noDay = !born->date().isValid() && born->editor()->text().isEmpty();
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(*view, "changePersonButton"), Qt::LeftButton);
    CHECK(ticked);
    CHECK(noDay);
}

TEST_CASE(
    "actions agreed in a reflective note and not yet kept come back after a lock, with the one half typed")
{
    DraftWindow at;
    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    const QString agreed = QStringLiteral("Ask the bank about a third-party mandate");
    const QString halfTyped = QStringLiteral("Book a visit with her and the advo");
    // The first reflective note of the day starts the supervision first.
    const int driven = whileDialogsOpen(
        [&] { QTest::mouseClick(child<QPushButton>(*at.window, "caseReflectiveNote"), Qt::LeftButton); },
        {[](QDialog* start) {
             child<QLineEdit>(*start, "sessionTeamLeader")->setText(QStringLiteral("Ada Leader"));
             QTest::mouseClick(child<QPushButton>(*start, "saveDialogSave"), Qt::LeftButton);
         },
         [&](QDialog* note) {
             QTest::keyClicks(child<QLineEdit>(*note, "supervisionActionWhat"), agreed);
             QTest::mouseClick(child<QPushButton>(*note, "agreeSupervisionAction"), Qt::LeftButton);
             QTest::keyClicks(child<QLineEdit>(*note, "supervisionActionWhat"), halfTyped);
             at.window->lockNow(); // as the idle timer would, with the note still open
         }});
    REQUIRE(driven == 2);
    REQUIRE(at.window->workspace() == nullptr);
    at.unlock();

    REQUIRE(at.window->workspace()->openCase(at.stories.doris));
    settle();
    QStringList agreedShown;
    QString whatShown;
    const bool reopened = whileDialogOpen(
        [&] { QTest::mouseClick(child<QPushButton>(*at.window, "caseReflectiveNote"), Qt::LeftButton); },
        [&](QDialog* note) {
            for (const QLabel* line : note->findChildren<QLabel*>(QStringLiteral("agreedAction")))
                agreedShown << line->text();
            whatShown = child<QLineEdit>(*note, "supervisionActionWhat")->text();
            note->reject();
        });
    REQUIRE(reopened);
    REQUIRE(agreedShown.size() == 1);
    CHECK(agreedShown.front().startsWith(agreed));
    CHECK(whatShown == halfTyped);
}
