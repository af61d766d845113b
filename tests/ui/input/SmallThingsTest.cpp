#include "harness/CaseViewFixture.h"
#include "harness/StoriesWindow.h"
#include "harness/WindowDriving.h"

#include "advocacy/AdvocacySection.h"
#include "advocacy/ImcaFactsForm.h"
#include "capacity/BestInterestsForm.h"
#include "capacity/CapacitySection.h"
#include "capacity/RuleResultView.h"
#include "casefile/CaseView.h"
#include "casefile/OutcomesSection.h"
#include "common/AnswerLabels.h"
#include "reporting/OutcomeFiguresPage.h"
#include "reporting/ReportPeriodChooser.h"
#include "shell/MainWindowActions.h"
#include "shell/WorkspacePage.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace alongside;
using namespace alongside::test;

TEST_CASE("the IMCA check lists each point once, even when core has gathered them already")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    ui::ImcaFactsForm* imca = view->advocacy()->imcaFacts();
    ui::chooseAnswer(imca->familyOrFriends(), core::YesNoUnknown::Yes);
    imca->adultProtection()->setChecked(true);
    ui::chooseAnswer(imca->protectionLacksCapacity(), core::YesNoUnknown::Yes);

    QStringList lines = view->advocacy()->imcaResult()->plainText().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 3);
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK(lines.count(line) == 1);
    }
}

TEST_CASE("\"Another outcome\" is offered only once there is a first")
{
    CaseViewFixture fixture;
    auto sam = fixture.openView(fixture.stories.sam); // nobody has asked Sam yet
    CHECK(sam->outcomes()->newWordingLabel()->text() == QStringLiteral("What they want"));
    auto doris = fixture.openView(fixture.stories.doris);
    CHECK(doris->outcomes()->newWordingLabel()->text() == QStringLiteral("Another outcome"));
}

TEST_CASE("\"Were they asked?\" offers the return's own answers, not a \"Not recorded yet\" beside \"Not "
          "Recorded\"")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    QComboBox* asked = view->outcomes()->askedChoice();
    QStringList items;
    for (int index = 0; index < asked->count(); ++index)
        items << asked->itemText(index);
    CHECK(items.contains(QStringLiteral("Not Recorded")));
    CHECK(items.filter(QStringLiteral("not recorded"), Qt::CaseInsensitive).size() == 1);
}

TEST_CASE("the outcome figures open on the latest year with figures, not a year of zeros")
{
    ShellFixture fixture;
    ui::MainWindow window(fixture.context());
    window.show();
    QTest::mouseClick(child<QPushButton>(window, "openDemoChoice"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() != nullptr; }, kSlowEnough));

    window.actions()->outcomeFigures()->trigger();
    ui::OutcomeFiguresPage* figures = window.workspace()->outcomeFigures();
    REQUIRE(figures != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return figures->dashboard().period.isValid() && !figures->isBusy(); },
                            kSlowEnough));

    // The demo's enquiries closed this financial year (it is 2 March 2026 in the tests).
    CHECK(figures->periodChooser()->quickChoice()->currentText()
          == QStringLiteral("This financial year so far"));
    CHECK(figures->dashboard().outcomes.enquiries > 0);
}

TEST_CASE("a new best-interests decision does not assume they lack capacity: the finding is left to answer")
{
    StoriesWindow shell;
    ui::CaseView* view = shell.openCase(shell.stories.priya);
    ui::CapacitySection* capacity = view->capacity();
    QTest::mouseClick(capacity->recordBestInterestsButton(), Qt::LeftButton);
    ui::BestInterestsForm* form = capacity->bestInterestsForm();
    REQUIRE(form->isVisibleTo(view));
    QComboBox* lacks = nullptr;
    for (QComboBox* box : form->findChildren<QComboBox*>())
        if (box->accessibleName() == QStringLiteral("Do they lack capacity for this decision?"))
            lacks = box;
    REQUIRE(lacks != nullptr);
    CHECK(lacks->currentIndex() == -1);
    CHECK(form->decision().lacksCapacityForDecision == core::YesNoUnknown::NotKnown);
}
