#include "harness/CaseViewFixture.h"
#include "harness/WindowDriving.h"

#include "casefile/ConcernSection.h"
#include "casefile/ConversationForm.h"
#include "casefile/ConversationsSection.h"
#include "casefile/PersonDetailsForm.h"
#include "casefile/PromptsPanel.h"
#include "casefile/Section42Form.h"
#include "common/AnswerLabels.h"
#include "common/GentleNote.h"
#include "rules/Section42Test.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("the case view lists its parts in the order the work happens")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.doris);
    QStringList parts;
    for (int row = 0; row < view->partList()->count(); ++row)
        parts << view->partList()->item(row)->text();
    CHECK(parts
          == QStringList{QStringLiteral("The person"), QStringLiteral("The concern"),
                         QStringLiteral("What they want"), QStringLiteral("Conversations"),
                         QStringLiteral("Capacity and best interests"), QStringLiteral("Advocacy"),
                         QStringLiteral("Risk enablement"), QStringLiteral("Plan"), QStringLiteral("Notes"),
                         QStringLiteral("Closing"), QStringLiteral("Supervision")});
    CHECK(child<QLabel>(*view, "caseViewName")->text() == QStringLiteral("Doris Example"));
}

TEST_CASE("the s.42 form shows core's reading of the answers and notes an inconsistent decision gently")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    auto view = fixture.openView(sam);
    ui::Section42Form* form = view->concern()->section42();
    CHECK_FALSE(form->inconsistency()->isVisible()); // nothing decided, nothing to say

    ui::chooseAnswer(form->answer(0), core::YesNoUnknown::Yes);
    ui::chooseAnswer(form->answer(1), core::YesNoUnknown::Yes);
    ui::chooseAnswer(form->answer(2), core::YesNoUnknown::No);
    ui::chooseAnswer(form->decisionChoice(), core::EnquiryDecision::Section42);

    const core::Section42Decision typed = form->decision();
    CHECK(form->reading()->text() == core::assessSection42(typed).explanation);
    const QString mismatch = core::section42Inconsistency(typed);
    REQUIRE_FALSE(mismatch.isEmpty());
    CHECK(form->inconsistency()->isVisible());
    CHECK(form->inconsistency()->text() == mismatch);
    CHECK(form->saveButton()->isEnabled()); // a note, not a block

    ui::chooseAnswer(form->answer(2), core::YesNoUnknown::Yes);
    CHECK_FALSE(form->inconsistency()->isVisible());
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    CaseViewFixture::settle();
    const core::CaseRecord record = fixture.stored(sam);
    REQUIRE(record.section42.has_value());
    CHECK(record.section42->decision == core::EnquiryDecision::Section42);
    CHECK(record.section42->decidedBy == QStringLiteral("Test Practitioner"));
}

TEST_CASE("the NHS number is checked as it is typed, with a quiet hint rather than an alarm")
{
    ui::PersonDetailsForm form;
    CHECK(form.nhsHint()->text() == QStringLiteral("Optional."));
    QTest::keyClicks(form.nhsNumber(), QStringLiteral("943 476"));
    CHECK(form.nhsHint()->text().contains(QStringLiteral("ten digits")));
    QTest::keyClicks(form.nhsNumber(), QStringLiteral(" 5919"));
    CHECK(form.nhsHint()->text() == QStringLiteral("That NHS number checks out."));
    QTest::keyClick(form.nhsNumber(), Qt::Key_Backspace);
    QTest::keyClicks(form.nhsNumber(), QStringLiteral("8"));
    CHECK(form.nhsHint()->text().contains(QStringLiteral("does not check out")));
    CHECK(form.nhsNumber()->styleSheet().isEmpty()); // never turned red
}

TEST_CASE("Tab goes down the case in the order it is read, through the prompts and round to the start")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.doris);
    view->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(view.get()));
    QTest::mouseClick(view->conversations()->recordButton(), Qt::LeftButton); // the form is open too
    view->backButton()->setFocus();

    QList<QWidget*> visited;
    for (int step = 0; step < 200; ++step) {
        QWidget* focused = QApplication::focusWidget();
        REQUIRE(focused != nullptr);
        if (step > 0 && focused == view->backButton())
            break;
        REQUIRE_FALSE(visited.contains(focused)); // never a loop that skips the start
        visited << focused;
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    CHECK(QApplication::focusWidget() == view->backButton());
    const auto at = [&](QWidget* widget) { return visited.indexOf(widget); };
    const qsizetype place = at(view->conversations()->form()->place());
    const qsizetype notes = at(view->conversations()->form()->notes());
    const qsizetype hide = at(view->prompts()->hideButton());
    CHECK(at(view->letterButton()) == 1); // the header: back, then "Write a letter to …"
    CHECK(at(view->partList()) == 2);
    CHECK(place > 1);
    CHECK(notes > place);
    CHECK(hide > notes);
}
