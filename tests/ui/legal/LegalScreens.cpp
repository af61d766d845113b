#include "legal/LegalScreens.h"

#include "advocacy/AdvocacyFactsForm.h"
#include "advocacy/AdvocacySection.h"
#include "advocacy/ImcaFactsForm.h"
#include "advocacy/IndividualEditor.h"
#include "capacity/CapacityAssessmentForm.h"
#include "capacity/CapacitySection.h"
#include "capacity/EvidencePrompt.h"
#include "capacity/RuleResultView.h"
#include "casefile/CaseView.h"
#include "common/AnswerLabels.h"
#include "risk/RiskEnablementForm.h"
#include "risk/RiskEnablementSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

namespace alongside::test {

namespace {
void scrollTo(ui::CaseView& view, QWidget* target, int above)
{
    auto* scroll = view.findChild<QScrollArea*>(QStringLiteral("caseScroll"));
    // Once the new fields are laid out, so the position is where they are shown.
    QTimer::singleShot(200, &view, [scroll, target, above] {
        scroll->verticalScrollBar()->setValue(target->mapTo(scroll->widget(), QPoint(0, 0)).y() - above);
    });
}

void say(ui::EvidencePrompt* prompt, core::YesNoUnknown unable, const QString& evidence)
{
    prompt->setUnable(unable);
    prompt->setEvidence(evidence);
}

void showCapacity(ui::CaseView& view)
{
    ui::CapacitySection* capacity = view.capacity();
    QTest::mouseClick(capacity->recordAssessmentButton(), Qt::LeftButton);
    ui::CapacityAssessmentForm* form = capacity->assessmentForm();
    QTest::keyClicks(form->decision(), QStringLiteral("whether to let her nephew manage her bank card"));
    QTest::keyClicks(form->assessor(), QStringLiteral("Jamie Worker"));
    form->steps()->setEvidence(QStringLiteral("Visited in the morning, when she is most alert\n"
                                              "Wrote the two choices on a card in large print"));
    form->information()->setEvidence(
        QStringLiteral("What he would be able to do with the card; what could happen if money goes missing; "
                       "that she can change her mind"));
    say(form->understand(), core::YesNoUnknown::No,
        QStringLiteral("Explained back that he could take money out: “he'd get my pension for me”"));
    say(form->retain(), core::YesNoUnknown::No,
        QStringLiteral("Remembered the card when we met again at 3pm"));
    say(form->useOrWeigh(), core::YesNoUnknown::Yes,
        QStringLiteral(
            "Could not weigh the missing money against his help, even with the card in front of her: "
            "“he's family, so it's fine”"));
    say(form->communicate(), core::YesNoUnknown::No, QStringLiteral("Told me clearly in words"));
    // Concluded before the impairment is written down: the check says what is still to record.
    form->conclusion()->setCurrentIndex(
        form->conclusion()->findData(static_cast<int>(core::CapacityConclusion::LacksCapacity)));
    form->saveDraft();
    scrollTo(view, form->retain(), 30);
}

void showAdvocacy(ui::CaseView& view)
{
    using Area = ui::AdvocacyFactsForm::Area;
    ui::AdvocacySection* advocacy = view.advocacy();
    ui::AdvocacyFactsForm* facts = advocacy->facts();
    ui::chooseAnswer(facts->difficulty(Area::Understanding), core::YesNoUnknown::Yes);
    facts->evidence(Area::Understanding)->setText(QStringLiteral("Could not say what the enquiry is for"));
    ui::chooseAnswer(facts->difficulty(Area::Retaining), core::YesNoUnknown::Yes);
    facts->evidence(Area::Retaining)->setText(QStringLiteral("Had forgotten my visit by the next morning"));
    ui::chooseAnswer(facts->difficulty(Area::UsingOrWeighing), core::YesNoUnknown::No);
    ui::chooseAnswer(facts->difficulty(Area::Communicating), core::YesNoUnknown::No);
    ui::IndividualEditor* son = facts->addIndividual();
    son->name()->setText(QStringLiteral("Chris Example"));
    son->relationship()->setText(QStringLiteral("son"));
    ui::chooseAnswer(son->suitable(), core::YesNoUnknown::Yes);
    ui::chooseAnswer(son->paid(), core::YesNoUnknown::No);
    ui::chooseAnswer(son->consents(), core::YesNoUnknown::Yes);
    ui::chooseAnswer(son->implicated(), core::YesNoUnknown::Yes);
    ui::ImcaFactsForm* imca = advocacy->imcaFacts();
    ui::chooseAnswer(imca->familyOrFriends(), core::YesNoUnknown::Yes);
    imca->adultProtection()->setChecked(true);
    ui::chooseAnswer(imca->protectionLacksCapacity(), core::YesNoUnknown::Yes);
    scrollTo(view, advocacy->careActResult(), 110);
}

// Grace: moved to another care home in a hurry three weeks ago and likely to stay; her daughter
// Ruth holds a health-and-welfare power covering where she lives (from the person's page), so
// s.40(1)(b) takes the council's duty away; protective measures are proposed, and whether an IMCA
// would be of particular benefit is still to be judged (SI 2006/2883 reg 5(1)).
void showImca(ui::CaseView& view)
{
    ui::AdvocacySection* advocacy = view.advocacy();
    ui::ImcaFactsForm* imca = advocacy->imcaFacts();
    ui::chooseAnswer(imca->familyOrFriends(), core::YesNoUnknown::No);
    imca->councilAccommodation()->setChecked(true);
    imca->adultProtection()->setChecked(true);
    core::ImcaSituation situation = imca->situation();
    core::CouncilAccommodation& move = *situation.councilAccommodation;
    move.lacksCapacityToAgree = core::YesNoUnknown::Yes;
    move.likelyDays = 120;
    move.urgent = core::YesNoUnknown::Yes;
    move.arrangementsMadeOn = QDate::currentDate().addDays(-21);
    move.mentalHealthActObligation = core::YesNoUnknown::No;
    move.dolsRelevantPlace = core::YesNoUnknown::No;
    situation.adultProtection->lacksCapacityToAgreeToMeasures = core::YesNoUnknown::Yes;
    situation.adultProtection->familyMemberImplicated = core::YesNoUnknown::No;
    imca->fill(situation);
    // Filling is quiet, as when a saved check is opened; a tick, as a practitioner would give,
    // brings the check up to date.
    imca->adultProtection()->setChecked(false);
    imca->adultProtection()->setChecked(true);
    scrollTo(view, advocacy->imcaResult(), 420);
}

void showRisk(ui::CaseView& view)
{
    ui::RiskEnablementSection* risk = view.riskEnablement();
    QTest::mouseClick(risk->writeButton(), Qt::LeftButton);
    ui::RiskEnablementForm* form = risk->form();
    std::vector<qint64> outcomes;
    for (QCheckBox* box : form->findChildren<QCheckBox*>())
        if (box->property("outcomeId").isValid() && outcomes.empty())
            outcomes.push_back(box->property("outcomeId").toLongLong());
    core::RiskEnablementNote note;
    note.activity = QStringLiteral("Walking to the corner shop on her own each morning");
    note.whatItMeans = QStringLiteral("“It's the only time I see anyone. I'm not stopping.”");
    note.desiredOutcome = QStringLiteral("To keep going to the shop and chatting with Mr Shah");
    note.strengths = QStringLiteral("Knows the route well; the shopkeeper looks out for her");
    note.protectivePeople = QStringLiteral("Mr Shah at the shop; her neighbour Pat");
    note.risk.whatCouldHappen = QStringLiteral("A fall on the uneven kerb by the bus stop");
    note.risk.likelihood = core::RiskLevel::Medium;
    note.risk.impact = core::RiskLevel::Medium;
    note.personsView = QStringLiteral("“I've fallen before and got up. I'd rather that than sit in.”");
    note.acceptableToThem = QStringLiteral("Wearing the pendant alarm; going after 9 when it is light");
    note.capacityForDecision = core::YesNoUnknown::Yes;
    note.options = {{QStringLiteral("Walk with the pendant alarm, after 9"), true, true, QString()},
                    {QStringLiteral("Shopping delivered instead"), false, false, QString()}};
    note.agreed = QStringLiteral("She keeps walking; pendant alarm on; council asked to mend the kerb");
    note.actions = {{QStringLiteral("Report the kerb to highways"), QStringLiteral("Jamie Worker"),
                     QDate(2026, 3, 9), true}};
    note.contingency = QStringLiteral("If she falls, Pat calls; we review the plan within a week");
    note.escalationTrigger = QStringLiteral("Two falls in a month: talk to the manager and the GP");
    note.decidedBy = QStringLiteral("Doris, with Jamie Worker");
    note.decidedOn = QDate(2026, 3, 2);
    note.reviewOn = QDate(2026, 6, 1);
    note.howMonitored = QStringLiteral("Pat checks in each Friday; a call from us monthly");
    form->fill(note, outcomes, std::nullopt);
    scrollTo(view, risk, 0);
}
} // namespace

void showLegalScreen(ui::CaseView& view, const QString& screen)
{
    if (screen == QStringLiteral("case-legal-capacity"))
        showCapacity(view);
    else if (screen == QStringLiteral("case-legal-advocacy"))
        showAdvocacy(view);
    else if (screen == QStringLiteral("case-legal-imca"))
        showImca(view);
    else
        showRisk(view);
}

} // namespace alongside::test
