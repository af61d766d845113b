#include "harness/CaseViewFixture.h"
#include "harness/WindowDriving.h"

#include "capacity/CapacityAssessmentForm.h"
#include "capacity/CapacitySection.h"
#include "capacity/EvidencePrompt.h"
#include "capacity/RuleResultView.h"
#include "common/AnswerLabels.h"
#include "storage/repositories/CapacityRepository.h"
#include "storage/repositories/DraftRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace alongside;
using namespace alongside::test;

namespace {
core::CapacityRepository capacityStore(const CaseViewFixture& fixture)
{
    return core::CapacityRepository(fixture.database(), QStringLiteral("Test"),
                                    [] { return ShellFixture::now(); });
}

void answer(ui::EvidencePrompt* prompt, core::YesNoUnknown unable, const QString& evidence)
{
    prompt->setUnable(unable);
    QTest::keyClicks(prompt->editor(), evidence);
}

QStringList cardTitles(const QWidget* cards)
{
    QStringList titles;
    for (const QLabel* title : cards->findChildren<QLabel*>(QStringLiteral("recordTitle")))
        titles << title->text();
    return titles;
}
} // namespace

TEST_CASE("a capacity assessment saved in the case is there when the case is opened again")
{
    CaseViewFixture fixture;
    const qint64 doris = fixture.stories.doris;
    {
        auto view = fixture.openView(doris);
        ui::CapacitySection* capacity = view->capacity();
        QTest::mouseClick(capacity->recordAssessmentButton(), Qt::LeftButton);
        ui::CapacityAssessmentForm* form = capacity->assessmentForm();
        REQUIRE(form->isVisible());
        QTest::keyClicks(form->decision(), QStringLiteral("whether to move to Elm House"));
        QTest::keyClicks(form->assessor(), QStringLiteral("Test Practitioner"));
        QTest::keyClicks(form->steps()->editor(),
                         QStringLiteral("Visited in the morning, with photos of both homes"));
        QTest::keyClicks(form->information()->editor(),
                         QStringLiteral("What each home is like, and the cost"));
        answer(form->understand(), core::YesNoUnknown::No, QStringLiteral("Explained both homes back to me"));
        answer(form->retain(), core::YesNoUnknown::No, QStringLiteral("Remembered the next day"));
        answer(form->useOrWeigh(), core::YesNoUnknown::No,
               QStringLiteral("I'd miss the garden, but I'd be safer"));
        answer(form->communicate(), core::YesNoUnknown::No, QStringLiteral("Told me clearly"));
        form->conclusion()->setCurrentIndex(
            form->conclusion()->findData(static_cast<int>(core::CapacityConclusion::HasCapacity)));
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);
        CaseViewFixture::settle();
        CHECK_FALSE(form->isVisible());
    }
    const auto stored = capacityStore(fixture).assessments(doris);
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().assessment.decision == QStringLiteral("whether to move to Elm House"));
    CHECK(stored.front().assessment.functionalTest.useOrWeigh.evidence
          == QStringLiteral("I'd miss the garden, but I'd be safer"));

    auto view = fixture.openView(doris);
    CHECK(cardTitles(view->capacity()->cards())
              .contains(QStringLiteral("Capacity: whether to move to Elm House")));
}

TEST_CASE("Tab reaches the four parts of the functional test before the impairment")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.doris);
    view->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(view.get()));
    ui::CapacitySection* capacity = view->capacity();
    QTest::mouseClick(capacity->recordAssessmentButton(), Qt::LeftButton);
    ui::CapacityAssessmentForm* form = capacity->assessmentForm();
    form->decision()->setFocus();

    QList<QWidget*> visited;
    for (int step = 0; step < 60 && QApplication::focusWidget(); ++step) {
        visited << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const auto at = [&](QWidget* widget) { return visited.indexOf(widget); };
    const qsizetype understand = at(form->understand()->answerChoice());
    const qsizetype communicate = at(form->communicate()->editor());
    const qsizetype impairment = at(form->impairment()->editor());
    const qsizetype causes = at(form->causes()->editor());
    CHECK(at(form->steps()->editor()) > at(form->decision()));
    CHECK(understand > at(form->information()->editor()));
    CHECK(at(form->retain()->answerChoice()) > understand);
    CHECK(communicate > at(form->useOrWeigh()->editor()));
    CHECK(impairment > communicate);
    CHECK(causes > impairment);
    CHECK(at(form->conclusion()) > causes);
}

TEST_CASE(
    "a lacks-capacity conclusion resting on an unwise decision is shown, calmly, as worth a second look")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.doris);
    ui::CapacitySection* capacity = view->capacity();
    QTest::mouseClick(capacity->recordAssessmentButton(), Qt::LeftButton);
    ui::CapacityAssessmentForm* form = capacity->assessmentForm();
    QTest::keyClicks(form->decision(), QStringLiteral("whether to lend money to her nephew"));
    form->conclusion()->setCurrentIndex(
        form->conclusion()->findData(static_cast<int>(core::CapacityConclusion::LacksCapacity)));
    form->reliesOn(core::UnjustifiedBasis::UnwiseDecision)->setChecked(true);

    CHECK(form->result()->answer() == QStringLiteral("Worth a second look before relying on it"));
    const QString shown = form->result()->plainText();
    CHECK(shown.contains(QStringLiteral("s.1(4)")));
    CHECK(shown.contains(QStringLiteral("Still to find out or record")));
}

TEST_CASE("the evidence typed into a capacity assessment is kept as a draft and comes back")
{
    CaseViewFixture fixture;
    const qint64 doris = fixture.stories.doris;
    {
        auto view = fixture.openView(doris);
        QTest::mouseClick(view->capacity()->recordAssessmentButton(), Qt::LeftButton);
        ui::CapacityAssessmentForm* form = view->capacity()->assessmentForm();
        QTest::keyClicks(form->decision(), QStringLiteral("whether to have the operation"));
        answer(form->understand(), core::YesNoUnknown::Yes,
               QStringLiteral("Could not say what the operation is for"));
        REQUIRE(view->saveDrafts()); // as the window does before it locks
    }
    const core::DraftRepository drafts(fixture.database());
    REQUIRE(drafts.find(ui::CapacityAssessmentForm::draftKey(doris)).has_value());

    auto view = fixture.openView(doris);
    ui::CapacityAssessmentForm* form = view->capacity()->assessmentForm();
    CHECK(form->isVisible());
    CHECK(form->decision()->text() == QStringLiteral("whether to have the operation"));
    CHECK(form->understand()->evidence() == QStringLiteral("Could not say what the operation is for"));
    CHECK(form->understand()->unable() == core::YesNoUnknown::Yes);
    CHECK(form->draftState()->text().startsWith(QStringLiteral("Carried on from your draft")));
}

TEST_CASE("whether they lacked capacity to take part in the enquiry is kept in the collection's codes")
{
    CaseViewFixture fixture;
    const qint64 sam = fixture.stories.sam;
    auto view = fixture.openView(sam);
    ui::CapacitySection* capacity = view->capacity();
    CHECK_FALSE(capacity->enquirySupported()->isEnabled());
    QComboBox* lacked = capacity->enquiryLackedCapacity();
    lacked->setCurrentIndex(lacked->findData(QStringLiteral("yes")));
    emit lacked->activated(lacked->currentIndex());
    CaseViewFixture::settle();
    REQUIRE(capacity->enquirySupported()->isEnabled());
    QComboBox* supported = capacity->enquirySupported();
    supported->setCurrentIndex(supported->findData(QStringLiteral("yes")));
    emit supported->activated(supported->currentIndex());
    CaseViewFixture::settle();

    const auto stored = capacityStore(fixture).enquiryCapacity(sam);
    REQUIRE(stored.has_value());
    CHECK(stored->lackedCapacity == QStringLiteral("yes"));
    CHECK(stored->supportedBy == QStringLiteral("yes"));
}

TEST_CASE("a doubt noted about one decision can be assessed from its card")
{
    CaseViewFixture fixture;
    auto view = fixture.openView(fixture.stories.sam);
    ui::CapacitySection* capacity = view->capacity();
    QTest::keyClicks(capacity->doubtDecision(), QStringLiteral("managing his money"));
    typeAndEnter(capacity->doubtWhy(), QStringLiteral("Bills unpaid since the stroke"));
    CaseViewFixture::settle();
    CHECK(cardTitles(capacity->cards()).contains(QStringLiteral("Doubt about: managing his money")));

    QPushButton* assess = nullptr;
    for (QPushButton* button : capacity->cards()->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Assess this decision"))
            assess = button;
    REQUIRE(assess != nullptr);
    QTest::mouseClick(assess, Qt::LeftButton);
    CHECK(capacity->assessmentForm()->isVisible());
    CHECK(capacity->assessmentForm()->decision()->text() == QStringLiteral("managing his money"));
}
